package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToponymResolverTest {
    private final ToponymResolver resolver = new ToponymResolver(StandardGazetteer.INSTANCE);

    /** Resolves the bracketed names of a text: "[Paris], [Texas]". */
    private List<Toponym> resolve(String marked) {
        StringBuilder text = new StringBuilder();
        List<PlaceMention> mentions = new ArrayList<>();
        int begin = -1;
        for (char c : marked.toCharArray()) {
            if (c == '[') {
                begin = text.length();
            } else if (c == ']') {
                mentions.add(new PlaceMention(-1, begin, text.length(), text.substring(begin)));
            } else {
                text.append(c);
            }
        }
        return resolver.resolve(text.toString(), mentions);
    }

    private GeoPlace first(String marked) {
        return resolve(marked).get(0).place();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[Paris] is calm.|FR|CITY",
        "[Paris], [Texas] is calm.|US|CITY",
        "Police in [Gainesville], [Ga.], said.|US|CITY",
        "[U.S.] officials said.|US|COUNTRY",
        "[American] troops left.|US|COUNTRY",
        "[Africa] needs rain.|''|CONTINENT",
        "Fighting in [northern Iraq] went on.|IQ|COUNTRY",
        "Clashes in [Anbar province] went on.|IQ|ADMIN1",
        "[Russia's] army moved.|RU|COUNTRY",
        "[W.Va.] voters.|US|ADMIN1",
    })
    void resolvesNamesAsNewsMeansThem(String marked, String country, PlaceKind kind) {
        GeoPlace p = first(marked);
        assertThat(p.countryCode()).isEqualTo(country == null ? "" : country);
        assertThat(p.kind()).isEqualTo(kind);
    }

    @Test
    void paris_texas_resolvesBothToTexas() {
        List<Toponym> t = resolve("[Paris], [Texas] is calm.");
        assertThat(t.get(0).place().admin1()).isEqualTo("TX");
        assertThat(t.get(0).rule()).isEqualTo("place-in-division");
        assertThat(t.get(1).place().kind()).isEqualTo(PlaceKind.ADMIN1);
    }

    @Test
    void otherPlacesOfTheArticleChooseAmongNamesakes() {
        List<Toponym> t = resolve("A woman from [Alexandria] was charged; [Rapides Parish] deputies arrested her.");
        assertThat(t.get(0).place().countryCode()).isEqualTo("US");
        assertThat(t.get(0).place().admin1()).isEqualTo("LA");
    }

    @Test
    void georgiaIsTheStateInAnAmericanArticleAndTheCountryNearRussia() {
        assertThat(resolve("[Atlanta] and [Savannah] in [Georgia].").get(2).place().kind())
                .isEqualTo(PlaceKind.ADMIN1);
        assertThat(resolve("[Russia] and [Georgia] fought over [South Ossetia].").get(1).place().kind())
                .isEqualTo(PlaceKind.COUNTRY);
    }

    @Test
    void namesTheGazetteerLacksAreLeftOut() {
        assertThat(resolve("[Xqzzyville] and [Moscow].")).singleElement()
                .satisfies(t -> assertThat(t.place().countryCode()).isEqualTo("RU"));
    }

    @Test
    void oneNameOneSenseWithinAnArticle() {
        List<Toponym> t = resolve("[Springfield] police said. [Illinois] officials agreed. [Springfield] is calm.");
        assertThat(t.get(0).place().id()).isEqualTo(t.get(2).place().id());
        assertThat(t.get(0).place().admin1()).isEqualTo("IL");
    }

    @ParameterizedTest
    @CsvSource({"West", "the West", "Western", "Central", "North"})
    void directionsAloneNameNoPlace(String name) {
        // GeoNames has divisions named West (Cameroon) and Central (Ghana); news means directions or a bloc
        assertThat(resolver.candidates(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Moscow", "Moscow's", "the Netherlands", "northern Iraq", "Anbar province", "County Cork",
        "West", "the West", "Xqzzyville", "northern Xqzzyville", "' Kyiv '", "St. Louis"})
    void aNameHasCandidatesExactlyWhenTheyAreFound(String name) {
        assertThat(resolver.hasCandidates(name)).isEqualTo(!resolver.candidates(name).isEmpty());
    }
}
