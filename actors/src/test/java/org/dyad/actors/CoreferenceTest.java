package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.junit.jupiter.api.Test;

class CoreferenceTest {
    /** "Sergey Lavrov spoke. He added a warning." with Lavrov and "He" in one chain. */
    private static AnnotatedDocument lavrovAndHe() {
        return lavrovAnd("""
                1 He he _ PRP O 2 nsubj
                2 added add _ VBD O 0 root
                3 a a _ DT O 4 det
                4 warning warning _ NN O 2 obj
                """, 0);
    }

    /**
     * "Sergey Lavrov spoke." then {@code second}, with Lavrov and the one-word mention at token
     * {@code pronoun} of the second sentence in one chain.
     */
    private static AnnotatedDocument lavrovAnd(String second, int pronoun) {
        AnnotatedDocument doc = RuleKit.document("""
                1 Sergey Sergey _ NNP PERSON 2 compound
                2 Lavrov Lavrov _ NNP PERSON 3 nsubj
                3 spoke speak _ VBD O 0 root

                """ + second);
        var s0 = doc.sentences().get(0);
        var s1 = doc.sentences().get(1);
        CorefChain chain = new CorefChain(0, 0, List.of(
                new Mention(0, 0, 2, 1, s0.token(0).begin(), s0.token(1).end(), "Sergey Lavrov"),
                new Mention(1, pronoun, pronoun + 1, pronoun, s1.token(pronoun).begin(), s1.token(pronoun).end(),
                        s1.token(pronoun).word())),
                Provenance.rule("test", "1"));
        EnumSet<Layer> layers = EnumSet.copyOf(doc.layers());
        layers.add(Layer.COREFERENCE);
        return new AnnotatedDocument(doc.article(), doc.sentences(), doc.entities(), doc.times(), List.of(chain),
                doc.quotes(), layers);
    }

    @Test
    void aPronounTakesTheActorOfItsChain() {
        List<ActorMention> found = RuleKit.resolve(lavrovAndHe(), new DictionaryName(), new Coreference());
        assertThat(RuleKit.provenance(found, "He")).containsExactly("RUSGOV coreference SERGEY_LAVROV");
    }

    @Test
    void withoutTheRuleThePronounIsNoActor() {
        List<ActorMention> found = RuleKit.resolve(lavrovAndHe(), new DictionaryName());
        assertThat(found).extracting(m -> m.actor().text()).containsExactly("Sergey Lavrov");
    }

    @Test
    void aChainWithoutAResolvedMentionGivesNothing() {
        List<ActorMention> found = RuleKit.resolve(lavrovAndHe(), new Coreference());
        assertThat(found).isEmpty();
    }

    @Test
    void aPronounBoundByASubjectAroundItIsLeftToThatSubject() {
        // "Sergey Lavrov spoke. Smith said he doubted it.": the chain says Lavrov, but "he" is bound by
        // Smith, who is no actor
        AnnotatedDocument doc = lavrovAnd("""
                1 Mr Mr _ NNP O 2 compound
                2 Smith Smith _ NNP PERSON 3 nsubj
                3 said say _ VBD O 0 root
                4 he he _ PRP O 5 nsubj
                5 doubted doubt _ VBD O 3 ccomp
                """, 3);
        List<ActorMention> found = RuleKit.resolve(doc, new DictionaryName(), new Coreference());
        assertThat(RuleKit.found(found, "he")).isEmpty();
    }
}
