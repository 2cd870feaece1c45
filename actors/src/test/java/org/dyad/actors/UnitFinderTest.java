package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFinderTest {
    /** Each unit of the reading as "kind:words". */
    private static List<String> units(String conllu) {
        PhraseReading r = RuleKit.reading(RuleKit.document(conllu), Rule.Stage.UNITS);
        return r.units().stream().map(u -> u.kind + ":" + r.text(u.begin, u.end)).toList();
    }

    @Test
    void aNameBeatsAnAgentPhraseItOverlaps() {
        assertThat(units("""
                1 They they _ PRP O 2 nsubj
                2 blamed blame _ VBD O 0 root
                3 the the _ DT O 4 det
                4 West West _ NNP LOCATION 2 obj
                """)).containsExactly("ACTOR:the West");
    }

    @Test
    void aPlaceNamedAfterAnotherIsNotIt() {
        assertThat(units("""
                1 New New _ NNP LOCATION 2 compound
                2 Kenya Kenya _ NNP LOCATION 3 compound
                3 troops troops _ NNS O 0 root
                """)).containsExactly("AGENT:troops");
        assertThat(units("""
                1 new new _ JJ O 2 amod
                2 Kenya Kenya _ NNP LOCATION 3 compound
                3 troops troops _ NNS O 0 root
                """)).as("a lower-case adjective is no name").contains("ACTOR:Kenya");
        assertThat(units("""
                1 New new _ JJ O 3 amod
                2 Kenyan Kenyan _ JJ O 3 amod
                3 troops troops _ NNS O 0 root
                """)).as("an adjective opening a sentence is no name").contains("ACTOR:Kenyan");
    }

    @Test
    void anActorBeforeBasedOrAppointedIsAUnit() {
        assertThat(units("""
                1 a a _ DT O 3 det
                2 Moscow-based Moscow-based _ JJ O 3 amod
                3 Kenya-based Kenya-based _ JJ O 0 root
                """)).containsExactly("ACTOR:Kenya-based");
    }

    @Test
    void aPlaceNameInsideAPersonsNameIsPartOfTheName() {
        assertThat(units("""
                1 Kenya Kenya _ NNP PERSON 2 compound
                2 Smith Smith _ NNP PERSON 3 nsubj
                3 spoke speak _ VBD O 0 root
                """)).containsExactly("PERSON:Kenya Smith");
    }

    @Test
    void agentNounsInsideAnOrganisationsProperNameArePartOfTheName() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Hormuud Hormuud _ NNP ORGANIZATION 2 compound
                2 Telecom Telecom _ NNP ORGANIZATION 3 nsubj
                3 raised raise _ VBD O 0 root
                """), Rule.Stage.UNITS);
        assertThat(r.units()).singleElement().satisfies(u -> {
            assertThat(u.kind).isEqualTo(Unit.Kind.ORG);
            assertThat(u.agent.code()).as("its trade").isEqualTo("MED");
        });
    }

    @Test
    void aKnownSurnameMakesTheWholeNameThePerson() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Sergei Sergei _ NNP PERSON 2 compound
                2 Lavrov Lavrov _ NNP PERSON 3 nsubj
                3 spoke speak _ VBD O 0 root
                """), Rule.Stage.UNITS);
        assertThat(r.units()).singleElement().satisfies(u -> {
            assertThat(r.text(u.begin, u.end)).isEqualTo("Sergei Lavrov");
            assertThat(u.entry.id()).isEqualTo("SERGEY_LAVROV");
        });
    }

    @Test
    void aNounAnActorAndAnAgentBothModifyIsAUnit() {
        assertThat(units("""
                1 Russian Russian _ JJ O 3 amod
                2 government government _ NN O 3 compound
                3 world world _ NN O 4 compound
                4 activists activist _ NNS O 5 nsubj
                5 met meet _ VBD O 0 root
                """)).containsExactly("ACTOR:Russian", "AGENT:government", "NOUN:world");
    }
}
