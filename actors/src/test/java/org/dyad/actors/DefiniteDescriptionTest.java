package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefiniteDescriptionTest {
    private static final String NATO = """
            1 Nato Nato _ NNP ORGANIZATION 2 nsubj
            2 warned warn _ VBD O 0 root

            """;
    private static final String THE_ALLIANCE = """
            1 The the _ DT O 3 det
            2 military military _ JJ O 3 amod
            3 alliance alliance _ NN O 4 nsubj
            4 responded respond _ VBD O 0 root

            """;

    @Test
    void theClassNounRefersBackToTheLastActorOfItsClass() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(NATO + THE_ALLIANCE), new DefiniteDescription(),
                new DictionaryName());
        assertThat(RuleKit.provenance(found, "military alliance"))
                .containsExactly("IGOWSTNAT definite-description NATO");
    }

    @Test
    void withoutTheRuleTheDescriptionIsNoActor() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(NATO + THE_ALLIANCE), new DictionaryName());
        assertThat(RuleKit.found(found, "military alliance")).isEmpty();
    }

    @Test
    void withoutAnEarlierActorOfTheClassItRefersToNothing() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(THE_ALLIANCE + NATO), new DefiniteDescription(),
                new DictionaryName());
        assertThat(found).extracting(m -> m.actor().text()).containsExactly("Nato");
    }

    @Test
    void aGenericNounOfOrganisationsRefersBackToTheLastOrganisationOfItsKind() {
        String hrw = """
                1 Human Human _ NNP ORGANIZATION 3 compound
                2 Rights Rights _ NNP ORGANIZATION 3 compound
                3 Watch Watch _ NNP ORGANIZATION 4 nsubj
                4 warned warn _ VBD O 0 root

                """;
        String theOrganisation = """
                1 The the _ DT O 2 det
                2 organisation organisation _ NN O 3 nsubj
                3 responded respond _ VBD O 0 root

                """;
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(hrw + theOrganisation),
                new DefiniteDescription(), new DictionaryName());
        assertThat(RuleKit.provenance(found, "organisation"))
                .containsExactly("NGOHRI definite-description the organisation");
        // a state is no organisation
        List<ActorMention> none = RuleKit.resolve(RuleKit.document(NATO.replace("Nato", "Kenya") + theOrganisation),
                new DefiniteDescription(), new DictionaryName());
        assertThat(RuleKit.found(none, "organisation")).isEmpty();
    }
}
