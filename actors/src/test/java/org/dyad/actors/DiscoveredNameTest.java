package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveredNameTest {
    private static final String KAHL_DESCRIBED = """
            1 German German _ JJ O 3 amod
            2 intelligence intelligence _ NN O 3 compound
            3 chief chief _ NN O 5 compound
            4 Bruno Bruno _ NNP PERSON 5 compound
            5 Kahl Kahl _ NNP PERSON 6 nsubj
            6 said say _ VBD O 0 root

            """;
    private static final String KAHL_ALONE = """
            1 Kahl Kahl _ NNP PERSON 2 nsubj
            2 added add _ VBD O 0 root

            """;

    @Test
    void aLaterMentionOfTheSurnameTakesTheDescription() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KAHL_DESCRIBED + KAHL_ALONE), new TitleName(),
                new DiscoveredName());
        assertThat(found).filteredOn(m -> m.sentence() == 1)
                .extracting(m -> m.actor().code() + " " + m.actor().provenance().rule() + " " + m.actor().name())
                .containsExactly("DEUSPY discovered-name Bruno Kahl");
    }

    @Test
    void anEarlierMentionTakesItTooFromTheFirstReading() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KAHL_ALONE + KAHL_DESCRIBED), new TitleName(),
                new DiscoveredName());
        assertThat(RuleKit.found(found, "Kahl")).containsExactly("DEUSPY discovered-name");
    }

    @Test
    void withoutTheRuleOtherMentionsOfTheSurnameStayUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KAHL_DESCRIBED + KAHL_ALONE), new TitleName());
        assertThat(RuleKit.found(found, "Kahl")).isEmpty();
    }

    @Test
    void theDescribedMentionItselfIsLeftToItsDescription() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(AppositiveTest.KAHL_APPOSITION),
                new DiscoveredName(), new AdjectiveAgent(), new Appositive());
        assertThat(RuleKit.found(found, "Bruno Kahl")).containsExactly("DEUSPY appositive");
    }
}
