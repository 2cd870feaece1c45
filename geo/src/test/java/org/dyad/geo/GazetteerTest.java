package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer gazetteer = StandardGazetteer.INSTANCE;

    @Test
    void holdsCountriesDivisionsCountiesAndPlaces() {
        assertThat(gazetteer.size()).isGreaterThan(200_000);
        assertThat(gazetteer.country("UA")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Ukraine");
            assertThat(p.geonamesId()).isEqualTo(690791L);
        });
        assertThat(gazetteer.division("US", "WV")).hasValueSatisfying(p -> assertThat(p.name())
                .isEqualTo("West Virginia"));
        assertThat(gazetteer.capital("UA")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kyiv"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S.|COUNTRY|US|ABBREVIATION",
        "USA|COUNTRY|US|ABBREVIATION",
        "U.K.|COUNTRY|GB|ABBREVIATION",
        "UAE|COUNTRY|AE|ABBREVIATION",
        "Russia|COUNTRY|RU|NAME",
        "American|COUNTRY|US|DEMONYM",
        "Turkish|COUNTRY|TR|DEMONYM",
        "W.Va.|ADMIN1|US|ABBREVIATION",
        "Calif.|ADMIN1|US|ABBREVIATION",
        "NSW|ADMIN1|AU|ABBREVIATION",
        "Laurel County|ADMIN2|US|NAME",
        "Rapides Parish|ADMIN2|US|NAME",
        "Africa|CONTINENT||NAME",
        "Middle East|REGION||NAME",
        "Kiev|CITY|UA|ALTERNATE",
    })
    void findsWhatNewsWrites(String name, PlaceKind kind, String country, NameSource source) {
        List<Gazetteer.Candidate> found = gazetteer.lookup(name);
        assertThat(found).anySatisfy(c -> {
            assertThat(c.place().kind()).isEqualTo(kind);
            assertThat(c.place().countryCode()).isEqualTo(country == null ? "" : country);
            assertThat(c.source()).isEqualTo(source);
        });
    }

    @Test
    void keysShippedWithTheTableAreThoseNameKeyComputes() throws Exception {
        // the build tool folds names in Python so that loading need not; both must agree
        int checked = 0;
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(
                GazetteerImageTest.TABLES.resolve(GazetteerTables.PLACES)));
                var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                String shipped = f[10].isEmpty() ? f[3].toLowerCase(java.util.Locale.ROOT) : f[10];
                assertThat(shipped).as("key of %s", f[3]).isEqualTo(NameKey.of(f[3]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200_000);
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(gazetteer.lookup("Xqzzyville")).isEmpty();
        assertThat(gazetteer.knows("Xqzzyville")).isFalse();
    }

    @Test
    void rendersPlacesWithGdeltFields() {
        GeoPlace alexandria = gazetteer.lookup("Alexandria").stream().map(Gazetteer.Candidate::place)
                .filter(p -> p.countryCode().equals("US") && p.admin1().equals("LA")).findFirst().orElseThrow();
        Place p = gazetteer.toPlace(alexandria, "Alexandria", 0, 10);
        assertThat(p.type()).isEqualTo("city");
        assertThat(p.name()).isEqualTo("Alexandria, Louisiana, United States");
        assertThat(p.countryCode()).isEqualTo("US");
        assertThat(p.adm1()).isEqualTo("USLA");
        assertThat(p.geonamesId()).isEqualTo(4314550L);
        assertThat(p.latitude()).isCloseTo(31.31, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void readsItsFourTables() throws Exception {
        Gazetteer g = Gazetteer.read(stream("""
                C\t1\tPCLI\tRuritania\tRR\t\t\t45.0\t10.0\t1000000\t\tkingdom of ruritania
                A\t0\tADM1\tNorth March\tRR\t01\t\t46.0\t10.0\t300000\t\t
                P\t2\tPPLC\tStrelsau\tRR\t01\t\t46.1\t10.1\t250000\t\tstrelzau
                """), stream("continent\t6255148\tEurope\t48.69\t9.14\tEuropean continent\n"),
                stream("# comment\nRR.\tRR\tabbreviation\nthe March\tRR/North March\talternate\n"),
                stream("Ruritanian\tRR\n"));
        assertThat(g.size()).isEqualTo(4);
        assertThat(g.lookup("Kingdom of Ruritania")).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(NameSource.ALTERNATE));
        assertThat(g.lookup("R.R.")).singleElement().satisfies(c -> assertThat(c.place().name()).isEqualTo("Ruritania"));
        assertThat(g.lookup("the March")).singleElement()
                .satisfies(c -> assertThat(c.place().kind()).isEqualTo(PlaceKind.ADMIN1));
        assertThat(g.lookup("Ruritanian")).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(NameSource.DEMONYM));
        assertThat(g.fullName(g.lookup("Strelzau").get(0).place())).isEqualTo("Strelsau, North March, Ruritania");
        assertThat(g.capital("RR")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Strelsau"));
    }

    @Test
    void malformedTableLinesNameTheTableAndLine() {
        assertThatThrownBy(() -> Gazetteer.read(stream("C\t1\tPCLI\tRuritania\tRR\t\t\t45.0\t10.0\t0\n"),
                stream(""), stream(""), stream("")))
                .hasMessageContaining("gazetteer line 1").hasMessageContaining("12 fields");
        assertThatThrownBy(() -> Gazetteer.read(stream("C\t1\tPCLI\tRuritania\tRR\t\t\tnorth\t10.0\t0\t\t\n"),
                stream(""), stream(""), stream("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gazetteer line 1");
        assertThatThrownBy(() -> Gazetteer.read(stream(""), stream(""), stream("Nowhere\tZZ\tabbreviation\n"),
                stream("")))
                .hasMessageContaining("aliases line 1").hasMessageContaining("no place 'ZZ'");
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
