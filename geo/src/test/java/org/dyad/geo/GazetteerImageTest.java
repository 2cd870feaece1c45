package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary image that {@link Gazetteer#standard()} loads answers exactly as the tables it is
 * compiled from: every place, every lookup key with its candidates in order, and what is derived
 * from the places (countries, capitals, divisions, full names).
 */
class GazetteerImageTest {
    /** The gazetteer's tables in the module's sources; tests run in the module folder. */
    static final Path TABLES = Path.of("src", "main", "gazetteer");

    private static GazetteerTables tables;
    private final Gazetteer shipped = StandardGazetteer.INSTANCE;

    @BeforeAll
    static void readTables() throws IOException {
        assertThat(TABLES.resolve(GazetteerTables.PLACES)).as("the gazetteer tables (run from the geo module)")
                .exists();
        tables = GazetteerTables.read(TABLES);
    }

    @Test
    void holdsEveryPlaceOfTheTables() {
        List<GeoPlace> places = tables.places();
        assertThat(shipped.size()).isEqualTo(places.size()).isGreaterThan(200_000);
        List<Integer> different = new ArrayList<>();
        for (int id = 0; id < places.size(); id++) {
            if (!shipped.place(id).equals(places.get(id))) {
                different.add(id);
            }
        }
        assertThat(different).as("ids of places that differ from the tables'").isEmpty();
        assertThatThrownBy(() -> shipped.place(places.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> shipped.place(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void answersEveryKeyOfTheTablesWithTheSameCandidatesInTheSameOrder() {
        Map<String, int[]> index = tables.index();
        assertThat(shipped.keyCount()).isEqualTo(index.size()).isGreaterThan(200_000);
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, int[]> e : index.entrySet()) {
            List<Gazetteer.Candidate> expected = new ArrayList<>();
            for (int code : e.getValue()) {
                expected.add(new Gazetteer.Candidate(tables.places().get(code >>> 2), NameSource.values()[code & 3]));
            }
            if (!shipped.lookupKey(e.getKey()).equals(expected)) {
                different.add(e.getKey());
            }
        }
        assertThat(different).as("keys whose candidates differ from the tables'").isEmpty();
    }

    @Test
    void findsNothingForWhatIsNoKey() {
        Map<String, int[]> index = tables.index();
        List<String> found = new ArrayList<>();
        for (String key : index.keySet()) {
            // the neighbours of a key in sorted order: a longer string, a prefix, one sorting just after
            for (String near : List.of(key + " x", key.substring(0, key.length() - 1), key + '\u0000',
                    key + '\uffff')) {
                if (!index.containsKey(near) && !shipped.lookupKey(near).isEmpty()) {
                    found.add(near);
                }
            }
        }
        assertThat(found).as("strings that are no key but found candidates").isEmpty();
        assertThat(shipped.lookupKey("")).isEmpty();
        assertThat(shipped.knows("Xqzzyville")).isFalse();
    }

    @Test
    void readsThePostingsOfEveryKeyInPlaceAsItsCandidates() {
        GazetteerImage image = shipped.image();
        List<String> different = new ArrayList<>();
        for (String key : tables.index().keySet()) {
            int k = shipped.probe(key);
            List<Gazetteer.Candidate> candidates = shipped.lookupKey(key);
            boolean same = k >= 0 && image.postingsTo(k) - image.postingsFrom(k) == candidates.size();
            for (int i = 0; same && i < candidates.size(); i++) {
                Gazetteer.Candidate c = candidates.get(i);
                int posting = image.postingsFrom(k) + i;
                int id = image.postingPlace(posting);
                same = id == c.place().id() && image.postingSource(posting) == c.source()
                        && image.kind(id) == c.place().kind() && image.population(id) == c.place().population();
            }
            if (!same) {
                different.add(key);
            }
        }
        assertThat(different).as("keys whose postings read in place differ from their candidates").isEmpty();
        assertThat(shipped.probe("xqzzyville")).isEqualTo(GazetteerImage.ABSENT);
    }

    @Test
    void knowsWhichStringsBeginSomeKey() {
        java.util.TreeSet<String> sorted = new java.util.TreeSet<>(tables.index().keySet());
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String key : sorted) {
            if (n++ % 7 != 0) {
                continue;
            }
            for (String probe : List.of(key, key.substring(0, (key.length() + 1) / 2), key + " x", key + "q",
                    key.substring(0, key.length() - 1) + '\uffff')) {
                String next = sorted.ceiling(probe);
                boolean expected = next != null && next.startsWith(probe);
                int position = shipped.probe(probe);
                int expectedPosition = !expected ? GazetteerImage.ABSENT
                        : next.equals(probe) ? shipped.image().find(probe) : GazetteerImage.PREFIX;
                if (position != expectedPosition) {
                    wrong.add(probe);
                }
            }
        }
        assertThat(wrong).as("strings whose answer differs from a scan of the sorted keys").isEmpty();
        assertThat(shipped.probe("")).isNotEqualTo(GazetteerImage.ABSENT);
        assertThat(shipped.probe("xqzzyv")).isEqualTo(GazetteerImage.ABSENT);
    }

    @Test
    void derivesCountriesCapitalsAndDivisionsAsFromTheTables() {
        // the rules, restated over the tables' places: the first country or division of a code wins;
        // a country's capital is its most populous PPLC city, the first of equals
        Map<String, GeoPlace> countries = new HashMap<>();
        Map<String, GeoPlace> capitals = new HashMap<>();
        Map<List<String>, GeoPlace> divisions = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>(List.of("", "ZZ", "XK"));
        Set<List<String>> divisionCodes = new LinkedHashSet<>(List.of(List.of("US", "ZZ"), List.of("", "")));
        for (GeoPlace p : tables.places()) {
            codes.add(p.countryCode());
            divisionCodes.add(List.of(p.countryCode(), p.admin1()));
            if (p.kind() == PlaceKind.COUNTRY) {
                countries.putIfAbsent(p.countryCode(), p);
            } else if (p.kind() == PlaceKind.ADMIN1) {
                divisions.putIfAbsent(List.of(p.countryCode(), p.admin1()), p);
            } else if (p.kind() == PlaceKind.CITY && p.featureCode().equals("PPLC")) {
                GeoPlace prior = capitals.get(p.countryCode());
                if (prior == null || p.population() > prior.population()) {
                    capitals.put(p.countryCode(), p);
                }
            }
        }
        assertThat(countries).hasSizeGreaterThan(240);
        assertThat(capitals).hasSizeGreaterThan(200);
        assertThat(divisions).hasSizeGreaterThan(3_000);
        for (String c : codes) {
            assertThat(shipped.country(c)).as("country %s", c).isEqualTo(Optional.ofNullable(countries.get(c)));
            assertThat(shipped.capital(c)).as("capital of %s", c).isEqualTo(Optional.ofNullable(capitals.get(c)));
        }
        for (List<String> d : divisionCodes) {
            assertThat(shipped.division(d.get(0), d.get(1))).as("division %s", d)
                    .isEqualTo(Optional.ofNullable(divisions.get(d)));
        }
        List<String> different = new ArrayList<>();
        for (GeoPlace p : tables.places()) {
            StringBuilder name = new StringBuilder(p.name());
            GeoPlace division = divisions.get(List.of(p.countryCode(), p.admin1()));
            if ((p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.ADMIN2) && division != null) {
                name.append(", ").append(division.name());
            }
            GeoPlace country = countries.get(p.countryCode());
            if (p.kind() != PlaceKind.COUNTRY && !p.countryCode().isEmpty() && country != null) {
                name.append(", ").append(country.name());
            }
            Place rendered = shipped.toPlace(shipped.place(p.id()), "x", 0, 1);
            if (!shipped.fullName(p).contentEquals(name) || !rendered.name().contentEquals(name)
                    || rendered.latitude() != p.latitude() || rendered.longitude() != p.longitude()
                    || rendered.geonamesId() != p.geonamesId() || !rendered.type().equals(p.kind().label())
                    || !rendered.adm1().equals(p.admin1().isEmpty() ? "" : p.countryCode() + p.admin1())) {
                different.add(p.id() + " " + name);
            }
        }
        assertThat(different).as("places rendered otherwise than the tables say").isEmpty();
    }

    @Test
    void refusesWhatItCannotHoldExactly() throws IOException {
        assertThatThrownBy(() -> read("C\t1\tPCLI\tRuritania\tRR\t\t\t45.123456\t10.0\t0\t\t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("45.123456").hasMessageContaining("keeps five decimals");
        assertThatThrownBy(() -> read("C\t1\tPCLI\tRuritania\tRR\t\t\t-0.0\t10.0\t0\t\t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coordinate -0.0");
        assertThatThrownBy(() -> read("C\t1\tPCLI\tRuritania\tRR\t\t\t45.0\t10.0\t3000000000\t\t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population 3000000000");
        assertThatThrownBy(() -> read("C\t4294967296\tPCLI\tRuritania\tRR\t\t\t45.0\t10.0\t0\t\t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GeoNames id 4294967296");
        assertThat(read("C\t1\tPCLI\tRuritania\tRR\t\t\t-45.12345\t179.99999\t2147483647\t\t\n").place(0))
                .satisfies(p -> {
                    assertThat(p.latitude()).isEqualTo(-45.12345);
                    assertThat(p.longitude()).isEqualTo(179.99999);
                    assertThat(p.population()).isEqualTo(Integer.MAX_VALUE);
                });
    }

    @Test
    void rejectsDamagedImagesSayingHowToMend() throws IOException {
        byte[] good = image("C\t1\tPCLI\tRuritania\tRR\t\t\t45.0\t10.0\t0\t\truritania\n");
        assertThat(GazetteerImage.read(new ByteArrayInputStream(good)).size()).isEqualTo(1);

        byte[] magic = good.clone();
        magic[0] = 'X';
        assertThatThrownBy(() -> GazetteerImage.read(new ByteArrayInputStream(magic)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a Dyad gazetteer image")
                .hasMessageContaining("rebuild the geo module");
        byte[] version = good.clone();
        version[7] = 99;
        assertThatThrownBy(() -> GazetteerImage.read(new ByteArrayInputStream(version)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 99");
        assertThatThrownBy(() -> GazetteerImage.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> GazetteerImage.read(new ByteArrayInputStream(new byte[3])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a Dyad gazetteer image");
        // a body one byte longer than its sections, and one whose first count runs past the end
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        longer[11]++;
        assertThatThrownBy(() -> GazetteerImage.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inconsistent");
        byte[] count = good.clone();
        count[12] = 0x7F;
        assertThatThrownBy(() -> GazetteerImage.read(new ByteArrayInputStream(count)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
    }

    @Test
    void compilerWritesAnImageAndRewritesItOnlyWhenTheTablesChange(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("tables");
        Files.createDirectories(src);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(src.resolve(GazetteerTables.PLACES)))) {
            out.write("C\t1\tPCLI\tRuritania\tRR\t\t\t45.0\t10.0\t0\t\truritania\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(src.resolve(GazetteerTables.REGIONS), "");
        Files.writeString(src.resolve(GazetteerTables.ALIASES), "");
        Files.writeString(src.resolve(GazetteerTables.DEMONYMS), "Ruritanian\tRR\n");
        Path image = dir.resolve("out").resolve("gazetteer.bin");

        GazetteerCompiler.main(new String[] {src.toString(), image.toString()});
        assertThat(load(image).lookupKey("ruritanian")).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(NameSource.DEMONYM));

        FileTime future = FileTime.fromMillis(System.currentTimeMillis() + 3_600_000);
        Files.setLastModifiedTime(image, future);
        Files.writeString(src.resolve(GazetteerTables.DEMONYMS), "Ruritanian\tRR\nRurish\tRR\n");
        GazetteerCompiler.main(new String[] {src.toString(), image.toString()});
        assertThat(load(image).lookupKey("rurish")).as("an image newer than its tables is left alone").isEmpty();

        Files.setLastModifiedTime(src.resolve(GazetteerTables.DEMONYMS),
                FileTime.from(future.toInstant().plusSeconds(1)));
        GazetteerCompiler.main(new String[] {src.toString(), image.toString()});
        assertThat(load(image).lookupKey("rurish")).hasSize(1);
        try (var files = Files.list(image.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no partial file left").containsExactly(
                    "gazetteer.bin");
        }

        assertThatThrownBy(() -> GazetteerCompiler.main(new String[] {src.toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
    }

    private static Gazetteer load(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            return new Gazetteer(GazetteerImage.read(in));
        }
    }

    private static Gazetteer read(String places) throws IOException {
        return Gazetteer.read(stream(places), stream(""), stream(""), stream(""));
    }

    private static byte[] image(String places) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerImage.write(GazetteerTables.read(stream(places), stream(""), stream(""), stream("")), out);
        return out.toByteArray();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
