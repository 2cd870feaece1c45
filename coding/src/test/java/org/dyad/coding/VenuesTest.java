package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.actors.ActorMention;
import org.dyad.geo.GeoPlace;
import org.dyad.geo.NameSource;
import org.dyad.geo.PlaceKind;
import org.dyad.geo.PlaceMention;
import org.dyad.geo.Toponym;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Provenance;
import org.dyad.model.Token;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class VenuesTest {
    private static final AnnotatedDocument TALKS = Conllu.parse("2025-03-10", """
            1 Ukraine Ukraine _ NNP LOCATION 4 nsubj
            2 and and _ CC O 3 cc
            3 Russia Russia _ NNP LOCATION 1 conj
            4 held hold _ VBD O 0 root
            5 the the _ DT O 7 det
            6 Jeddah Jeddah _ NNP LOCATION 7 compound
            7 talks talk _ NNS O 4 obj
            8 . . _ . O 4 punct
            """);

    private static ActorMention mention(AnnotatedDocument doc, int token, String code) {
        Token t = doc.sentences().get(0).token(token);
        return new ActorMention(0, token, token + 1, token,
                new ActorRef(code, code, t.word(), t.begin(), t.end(), Provenance.rule("dictionary-name", "test")));
    }

    private static Toponym place(AnnotatedDocument doc, int token, PlaceKind kind) {
        Token t = doc.sentences().get(0).token(token);
        GeoPlace p = new GeoPlace(1, kind, 105343, kind == PlaceKind.COUNTRY ? "PCLI" : "PPLA", t.word(), "SA", "", "",
                21.5, 39.2, 1000);
        return new Toponym(new PlaceMention(0, t.begin(), t.end(), t.word()), p, NameSource.NAME, 1.0, "test");
    }

    @Test
    void aTownCompoundingAnEventNounIsItsVenue() {
        ActorMention jeddah = mention(TALKS, 5, "SAU");
        ActorMention ukraine = mention(TALKS, 0, "UKR");
        assertThat(Venues.without(TALKS, List.of(ukraine, jeddah), List.of(place(TALKS, 5, PlaceKind.CITY))))
                .containsExactly(ukraine);
    }

    @Test
    void aCountryCompoundingAnEventNounIsAParty() {
        assertThat(Venues.venue(TALKS, mention(TALKS, 5, "SAU"), List.of(place(TALKS, 5, PlaceKind.COUNTRY)))).isFalse();
    }

    @Test
    void aNameTheGeoparserDidNotPlaceIsLeftAsItIs() {
        assertThat(Venues.venue(TALKS, mention(TALKS, 5, "SAU"), List.of())).isFalse();
    }

    @Test
    void aTownThatIsAnArgumentIsNoVenue() {
        AnnotatedDocument attack = Conllu.parse("2025-03-10", """
                1 Rebels rebel _ NNS O 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Jeddah Jeddah _ NNP LOCATION 2 obj
                4 . . _ . O 2 punct
                """);
        assertThat(Venues.venue(attack, mention(attack, 2, "SAU"), List.of(place(attack, 2, PlaceKind.CITY)))).isFalse();
    }
}
