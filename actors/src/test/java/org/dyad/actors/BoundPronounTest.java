package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Possessive and subject pronouns take the nearest subject around them, when it is an actor that agrees. */
class BoundPronounTest {
    /** The actors of a hand-parsed document, by dictionary names and bound pronouns. */
    private static List<ActorMention> resolve(String conllu) {
        return RuleKit.resolve(RuleKit.document(conllu), new DictionaryName(), new BoundPronoun());
    }
    @Test
    void thePossessiveInAReportedClauseTakesTheReporter() {
        // "Kenya said its troops had attacked Somalia"
        List<ActorMention> found = resolve("""
                1 Kenya Kenya _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 its its _ PRP$ O 4 nmod:poss
                4 troops troops _ NNS O 6 nsubj
                5 had have _ VBD O 6 aux
                6 attacked attack _ VBN O 2 ccomp
                7 Somalia Somalia _ NNP LOCATION 6 obj
                """);
        assertThat(RuleKit.provenance(found, "its")).containsExactly("KEN bound-pronoun KEN");
    }

    @Test
    void theNearestSubjectBindsIt() {
        // "Kenya said Somalia had moved its troops"
        List<ActorMention> found = resolve("""
                1 Kenya Kenya _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Somalia Somalia _ NNP LOCATION 5 nsubj
                4 had have _ VBD O 5 aux
                5 moved move _ VBN O 2 ccomp
                6 its its _ PRP$ O 7 nmod:poss
                7 troops troops _ NNS O 5 obj
                """);
        assertThat(RuleKit.provenance(found, "its")).containsExactly("SOM bound-pronoun SOM");
    }

    @Test
    void aSubjectThatIsNoActorBindsItToNoActor() {
        // "The company said its profits rose", in a text that names Kenya before
        List<ActorMention> found = resolve("""
                1 Kenya Kenya _ NNP LOCATION 2 nsubj
                2 grew grow _ VBD O 0 root

                1 The the _ DT O 2 det
                2 company company _ NN O 3 nsubj
                3 said say _ VBD O 0 root
                4 its its _ PRP$ O 5 nmod:poss
                5 profits profit _ NNS O 6 nsubj
                6 rose rise _ VBD O 3 ccomp
                """);
        assertThat(RuleKit.found(found, "its")).isEmpty();
    }

    @Test
    void aCoordinatedClauseIsNotInsideTheFirst() {
        // "Kenya condemned Somalia, and their talks failed": "their" is both, not Kenya
        List<ActorMention> found = resolve("""
                1 Kenya Kenya _ NNP LOCATION 2 nsubj
                2 condemned condemn _ VBD O 0 root
                3 Somalia Somalia _ NNP LOCATION 2 obj
                4 , , _ , O 8 punct
                5 and and _ CC O 8 cc
                6 their their _ PRP$ O 7 nmod:poss
                7 talks talk _ NNS O 8 nsubj
                8 failed fail _ VBD O 2 conj
                """);
        assertThat(RuleKit.found(found, "their")).isEmpty();
    }

    @Test
    void aSubjectPronounOfAReportedClauseTakesTheReporter() {
        // "Kenya said it would attack Somalia"
        List<ActorMention> found = resolve("""
                1 Kenya Kenya _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 it it _ PRP O 5 nsubj
                4 would would _ MD O 5 aux
                5 attack attack _ VB O 2 ccomp
                6 Somalia Somalia _ NNP LOCATION 5 obj
                """);
        assertThat(RuleKit.provenance(found, "it")).containsExactly("KEN bound-pronoun KEN");
    }

    @Test
    void aPersonalPronounNeedsAPersonAsBinder() {
        // "Kenya said he would attack Somalia": "he" is no country
        List<ActorMention> found = resolve("""
                1 Kenya Kenya _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 he he _ PRP O 5 nsubj
                4 would would _ MD O 5 aux
                5 attack attack _ VB O 2 ccomp
                6 Somalia Somalia _ NNP LOCATION 5 obj
                """);
        assertThat(RuleKit.found(found, "he")).isEmpty();
    }
}
