package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCivilianTest {
    private static final String FATIMA = """
            1 Fatima Fatima _ NNP PERSON 2 compound
            2 Omar Omar _ NNP PERSON 3 nsubj
            3 said say _ VBD O 0 root
            4 prices price _ NNS O 6 nsubj
            5 had have _ VBD O 6 aux
            6 doubled double _ VBN O 3 ccomp
            """;

    @Test
    void aPersonDescribedNowhereIsOneOfTheArticlesCountrysCivilians() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new AdjectiveAgent(),
                new StoryCivilian()).resolveAll(RuleKit.document(RuleKit.SOMALI_STORY + FATIMA));
        assertThat(RuleKit.provenance(r.mentions(), "Fatima Omar"))
                .containsExactly("SOMCVL article-country SOM+civilian");
        assertThat(r.discoveries()).as("a guess is no discovery").isEmpty();
    }

    @Test
    void withoutTheRuleThePersonStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + FATIMA),
                new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Fatima Omar")).isEmpty();
    }

    @Test
    void aNameTheEntityLayerTagsOtherwiseElsewhereIsNoCivilian() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 Cyclone cyclone _ NNP O 2 compound
                2 Jude Jude _ NNP MISC 3 nsubj
                3 struck strike _ VBD O 0 root

                1 Jude Jude _ NNP PERSON 2 nsubj
                2 destroyed destroy _ VBD O 0 root
                3 homes home _ NNS O 2 obj
                """), new AdjectiveAgent(), new StoryCivilian());
        assertThat(RuleKit.found(found, "Jude")).isEmpty();
    }

    @Test
    void aPersonWithAnAgentInThePhraseIsNoPrivatePerson() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 journalist journalist _ NN O 3 compound
                2 Ahmed Ahmed _ NNP PERSON 3 compound
                3 Yusuf Yusuf _ NNP PERSON 4 nsubj
                4 said say _ VBD O 0 root
                """), Rule.Stage.UNITS);
        assertThat(new StoryCivilian().code(RuleKit.phrase(r, "Ahmed"), r)).isEmpty();
    }
}
