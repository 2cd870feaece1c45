package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a phrase of place names a party: aid and forces received, visits, what is taken from someone. */
class PlaceRolesTest {
    @Test
    void theCodebooksKindsOfEventMakeSomePlacesParties() {
        assertThat(PlaceRoles.of(Optional.of("073"))).contains("to", "in");
        assertThat(PlaceRoles.of(Optional.of("154"))).contains("to", "in", "into");
        assertThat(PlaceRoles.of(Optional.of("042"))).containsExactly("to");
        assertThat(PlaceRoles.of(Optional.of("1711"))).containsExactly("from");
        assertThat(PlaceRoles.of(Optional.of("1211"))).containsExactly("from");
        assertThat(PlaceRoles.of(Optional.of("190"))).isEmpty();
        assertThat(PlaceRoles.of(Optional.of("046"))).isEmpty();
        assertThat(PlaceRoles.of(Optional.empty())).isEmpty();
    }

    @Test
    void underPetrarchsConventionsNothingIsScreened() {
        PlaceRoles.Screen petrarch = PlaceRoles.screen(CoderSettings.defaults()
                .withConventions(CoderSettings.Conventions.PETRARCH), Optional.of("046"));
        assertThat(petrarch.on()).isFalse();
        PlaceRoles.Screen dyad = PlaceRoles.screen(CoderSettings.defaults(), Optional.of("046"));
        assertThat(dyad.on()).isTrue();
        assertThat(dyad.topics()).contains("on");
        assertThat(PlaceRoles.screen(CoderSettings.defaults(), Optional.of("190")).topics()).isEmpty();
    }

    @Test
    void aMeetingOnACountryIsNoMeetingWithIt() {
        StepFixture fixture = StepFixture.standard();
        // "Arnor met on Gondor": the topic, not a party
        SentenceView v = fixture.view("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 met meet _ VBD O 0 root
                3 on on _ IN O 4 case
                4 Gondor Gondor _ NNP LOCATION 2 obl
                """);
        PlaceRoles.Screen screen = PlaceRoles.screen(CoderSettings.defaults(), Optional.of("040"));
        assertThat(screen.situates(v, 3)).isTrue();
        assertThat(PlaceRoles.screen(CoderSettings.defaults(), Optional.of("190")).situates(v, 3)).isFalse();
    }

    @Test
    void aRejectionsFromNamesAPartyUnlessSetOffByAComma() {
        StepFixture fixture = StepFixture.standard();
        PlaceRoles.Screen rejection = PlaceRoles.screen(CoderSettings.defaults(), Optional.of("120"));
        // "Arnor rejected the plan from Gondor": who made what is rejected
        SentenceView bound = fixture.view("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 the the _ DT O 4 det
                4 plan plan _ NN O 2 obj
                5 from from _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 2 obl
                """);
        assertThat(rejection.situates(bound, 5)).isFalse();
        // "Arnor rejected the plan, largely from Gondor": where something comes from
        SentenceView setOff = fixture.view("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 the the _ DT O 4 det
                4 plan plan _ NN O 2 obj
                5 , , _ , O 2 punct
                6 largely largely _ RB O 8 advmod
                7 from from _ IN O 8 case
                8 Gondor Gondor _ NNP LOCATION 2 obl
                """);
        assertThat(rejection.situates(setOff, 7)).isTrue();
        // a seizure's "from" is a party however it is punctuated
        assertThat(PlaceRoles.screen(CoderSettings.defaults(), Optional.of("1711")).situates(setOff, 7)).isFalse();
    }
}
