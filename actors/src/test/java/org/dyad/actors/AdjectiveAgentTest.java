package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdjectiveAgentTest {
    private static final String RUSSIAN_TROOPS = """
            1 Russian Russian _ JJ O 2 amod
            2 troops troop _ NNS O 3 nsubj
            3 crossed cross _ VBD O 0 root
            4 the the _ DT O 5 det
            5 border border _ NN O 3 obj
            """;

    @Test
    void aDemonymBeforeAnAgentNounIsItsCountryWithTheAgentsSector() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RUSSIAN_TROOPS), new AdjectiveAgent());
        assertThat(RuleKit.provenance(found, "Russian troops")).containsExactly("RUSMIL adjective-agent RUS+troops");
        assertThat(found.get(0).actor().name()).isEqualTo("Russia (troops)");
    }

    @Test
    void withoutTheRuleTheDemonymStandsAloneByItsName() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RUSSIAN_TROOPS), new DictionaryName());
        assertThat(RuleKit.found(found, "Russian")).containsExactly("RUS dictionary-name");
        assertThat(RuleKit.found(found, "Russian troops")).isEmpty();
    }

    @Test
    void aCountryAfterOfOwnsTheAgentNounBeforeIt() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Soldiers soldier _ NNS O 4 nsubj
                2 of of _ IN O 3 case
                3 Arnor Arnor _ NNP LOCATION 1 nmod
                4 attacked attack _ VBD O 0 root
                """), new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Soldiers of Arnor")).containsExactly("ARNMIL adjective-agent");
    }

    @Test
    void withoutAParseAdjacencyMakesTheSamePhrase() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Russian Russian _ JJ O
                2 troops troop _ NNS O
                3 crossed cross _ VBD O
                """), new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Russian troops")).containsExactly("RUSMIL adjective-agent");
    }

    @Test
    void aLaterConjunctWithoutAnActorSharesTheFirstConjunctsActor() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 The the _ DT O 3 det
                2 Russian Russian _ JJ O 3 amod
                3 media media _ NNS O 6 nsubj
                4 and and _ CC O 5 cc
                5 government government _ NN O 3 conj
                6 warned warn _ VBD O 0 root
                """), new AdjectiveAgent());
        assertThat(found).extracting(m -> m.actor().code() + " " + m.actor().provenance().rule())
                .containsExactly("RUSMED adjective-agent", "RUSGOV adjective-agent");
    }

    @ParameterizedTest(name = "under {0} settings NATO officials are {1}")
    @CsvSource({"standard, IGOWSTNAT", "petrarch, IGOWSTNATGOV"})
    void anOrganisationTakesAgentsOnlyUnderPetrarchConventions(String settings, String code) {
        ActorResolver r = RuleKit.resolver(settings.equals("standard") ? ActorResolver.Settings.standard()
                : ActorResolver.Settings.petrarch(), new AdjectiveAgent());
        List<ActorMention> found = r.resolve(RuleKit.document("""
                1 NATO NATO _ NNP ORGANIZATION 2 compound
                2 officials official _ NNS O 3 nsubj
                3 said say _ VBD O 0 root
                """));
        assertThat(RuleKit.found(found, "NATO officials")).containsExactly(code + " adjective-agent");
    }

    @Test
    void formerMakesTheAgentsElites() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Former former _ JJ O 3 amod
                2 Russian Russian _ JJ O 3 amod
                3 officials official _ NNS O 4 nsubj
                4 said say _ VBD O 0 root
                """), new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Russian officials")).containsExactly("RUSELI adjective-agent");
    }

    @Test
    void aPhraseWithoutAnActorIsNotClaimed() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Officials official _ NNS O 2 nsubj
                2 said say _ VBD O 0 root
                """), Rule.Stage.UNITS);
        assertThat(new AdjectiveAgent().code(RuleKit.phrase(r, "Officials"), r)).isEmpty();
    }
}
