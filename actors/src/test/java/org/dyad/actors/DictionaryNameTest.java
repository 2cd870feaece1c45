package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryNameTest {
    private static final String KREMLIN = """
            1 The the _ DT O 2 det
            2 Kremlin Kremlin _ NNP LOCATION 3 nsubj
            3 said say _ VBD O 0 root
            4 . . _ . O 3 punct
            """;

    @Test
    void aNameInTheDictionaryGivesItsEntrysRoleOnTheDate() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KREMLIN), new DictionaryName());
        assertThat(RuleKit.provenance(found, "The Kremlin")).containsExactly("RUSGOV dictionary-name KREMLIN");
    }

    @Test
    void withoutTheRuleTheNameGivesNothing() {
        assertThat(RuleKit.resolve(RuleKit.document(KREMLIN), new AdjectiveAgent())).isEmpty();
    }

    @Test
    void aNameWithoutARoleOnTheDateIsNoActor() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 The the _ DT O 3 det
                2 Soviet Soviet _ JJ O 3 amod
                3 Union Union _ NNP O 4 nsubj
                4 collapsed collapse _ VBD O 0 root
                """), new DictionaryName());
        assertThat(found).isEmpty();
    }

    @Test
    void anAgentThatChangesTheCodeOfAnActorHeadMakesItAnAdjectiveAgentReading() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 MSF MSF _ NNP O 2 compound
                2 Arnor Arnor _ NNP O 3 nsubj
                3 opened open _ VBD O 0 root
                4 a a _ DT O 5 det
                5 clinic clinic _ NN O 3 obj
                """), new DictionaryName());
        assertThat(RuleKit.provenance(found, "MSF Arnor")).containsExactly("NGOARN adjective-agent ARN+msf");
        assertThat(found.get(0).actor().name()).isEqualTo("Arnor (msf)");
    }

    @Test
    void anActorInsideAPhraseItsHeadDidNotTakeStandsAlone() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Russia Russia _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 Gazprom Gazprom _ NNP ORGANIZATION 4 nsubj
                4 cut cut _ VBD O 0 root
                5 supplies supply _ NNS O 4 obj
                """), new DictionaryName());
        assertThat(RuleKit.found(found, "Gazprom")).containsExactly("MNCRUS dictionary-name");
        assertThat(RuleKit.found(found, "Russia")).containsExactly("RUS dictionary-name");
    }

    @Test
    void anAdjectiveOfDirectionBeforeACountryIsNoActor() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Troops troop _ NNS O 2 nsubj
                2 entered enter _ VBD O 0 root
                3 western western _ JJ O 4 amod
                4 Kenya Kenya _ NNP LOCATION 2 obj
                """), new DictionaryName());
        assertThat(found).extracting(m -> m.actor().text() + " " + m.actor().code()).containsExactly("Kenya KEN");
    }
}
