package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacedOrganisationTest {
    /** "The Mercy Clinic in Kenya treated patients." */
    static final String CLINIC = """
            1 The the _ DT O 3 det
            2 Mercy Mercy _ NNP ORGANIZATION 3 compound
            3 Clinic Clinic _ NNP ORGANIZATION 6 nsubj
            4 in in _ IN O 5 case
            5 Kenya Kenya _ NNP LOCATION 3 nmod
            6 treated treat _ VBD O 0 root
            7 patients patient _ NNS O 6 obj
            """;

    @Test
    void anOrganisationNothingOwnsIsOfThePlaceItIsIn() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new Owner(),
                new PlacedOrganisation()).resolveAll(RuleKit.document(CLINIC));
        assertThat(RuleKit.provenance(r.mentions(), "Mercy Clinic in Kenya"))
                .containsExactly("KEN owner KEN+Mercy Clinic");
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Mercy Clinic");
    }

    @Test
    void withoutTheRuleTheClinicStaysUnknownAndThePlaceStandsAlone() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(CLINIC), new DictionaryName(), new Owner());
        assertThat(found).extracting(m -> m.actor().text() + " " + m.actor().code()).containsExactly("Kenya KEN");
    }

    @Test
    void petrarchConventionsDoNotPlaceOrganisations() {
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.petrarch(), new Owner(),
                new PlacedOrganisation()).resolve(RuleKit.document(CLINIC));
        assertThat(found).isEmpty();
    }
}
