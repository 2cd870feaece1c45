package org.dyad.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Place;

/**
 * Dyad's embedded gazetteer: countries and territories, first-level divisions, US counties and the
 * GeoNames places of 500 people or more, with continents, news regions, abbreviations and demonyms.
 * Looks places up by name ({@link NameKey}) and renders them as {@link Place}s.
 *
 * <p>{@link #standard()} loads the binary image the build compiles from the gazetteer's tables
 * ({@code geo/src/main/gazetteer}; see {@code docs/geo.md} for how they are derived from GeoNames,
 * US Census shapes and the other sources credited in NOTICE). Places are made when asked for: two
 * calls for one place give equal, not identical, {@link GeoPlace}s. Immutable after loading and
 * safe to share across threads; load it once per process.
 */
public final class Gazetteer {
    /** Where the build puts the compiled gazetteer on the classpath. */
    static final String IMAGE = "/org/dyad/geo/gazetteer.bin";

    private final GazetteerImage image;
    private final Map<String, GeoPlace> countries;
    private final Map<String, GeoPlace> divisions;
    private final Map<String, GeoPlace> capitals;

    Gazetteer(GazetteerImage image) {
        this.image = image;
        Map<String, GeoPlace> c = new HashMap<>();
        Map<String, GeoPlace> d = new HashMap<>();
        Map<String, GeoPlace> k = new HashMap<>();
        // no lambdas and no string '+' here: a fresh JVM spends tens of milliseconds setting up the first of
        // each, and this runs in the load that standard() should keep short
        for (int id : image.ids(PlaceKind.COUNTRY)) {
            c.putIfAbsent(image.countryCode(id), image.place(id));
        }
        for (int id : image.ids(PlaceKind.ADMIN1)) {
            d.putIfAbsent(divisionKey(image.countryCode(id), image.admin1(id)), image.place(id));
        }
        for (int id : image.capitalIds()) {
            GeoPlace p = image.place(id);
            GeoPlace prior = k.get(p.countryCode());
            if (prior == null || p.population() > prior.population()) {
                k.put(p.countryCode(), p);
            }
        }
        this.countries = Map.copyOf(c);
        this.divisions = Map.copyOf(d);
        this.capitals = Map.copyOf(k);
    }

    /** The gazetteer shipped with Dyad. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(IMAGE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + IMAGE + " is missing from the classpath; it is "
                        + "compiled from geo/src/main/gazetteer when the geo module is built with Maven");
            }
            return new Gazetteer(GazetteerImage.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Dyad's embedded gazetteer; the jar is damaged", e);
        }
    }

    /**
     * Reads a gazetteer from its four tables, in the formats described in {@code docs/geo.md}, the
     * places uncompressed.
     *
     * @throws IllegalArgumentException naming the table and line of a malformed record
     */
    public static Gazetteer read(InputStream places, InputStream regions, InputStream aliases, InputStream demonyms)
            throws IOException {
        return of(GazetteerTables.read(places, regions, aliases, demonyms));
    }

    /** The gazetteer of tables read, through its binary image as {@link #standard()} loads it. */
    static Gazetteer of(GazetteerTables tables) throws IOException {
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        GazetteerImage.write(tables, image);
        return new Gazetteer(GazetteerImage.read(new ByteArrayInputStream(image.toByteArray())));
    }

    /** Number of places. */
    public int size() {
        return image.size();
    }

    /** The place with a gazetteer id. */
    public GeoPlace place(int id) {
        return image.place(id);
    }

    /** The places a name can stand for, each with how the name leads to it; empty when none. */
    public List<Candidate> lookup(String name) {
        return lookupKey(NameKey.of(name));
    }

    /** The places a lookup key ({@link NameKey}) leads to, each with how; empty when none. */
    List<Candidate> lookupKey(String key) {
        int k = image.find(key);
        return k < 0 ? List.of() : image.candidates(k);
    }

    /**
     * One search for a lookup key: its position among the keys, else {@link GazetteerImage#PREFIX} when
     * it begins some key, else {@link GazetteerImage#ABSENT}.
     */
    int probe(String key) {
        return image.probe(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The image, for callers that read the postings of a key without making its places. */
    GazetteerImage image() {
        return image;
    }

    /** Number of distinct lookup keys. */
    int keyCount() {
        return image.keyCount();
    }

    /** Whether any place goes by this name. */
    public boolean knows(String name) {
        return image.find(NameKey.of(name)) >= 0;
    }

    /** The country with an ISO 3166-1 alpha-2 code. */
    public Optional<GeoPlace> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** The capital of a country (the most populous seat of government when GeoNames lists several). */
    public Optional<GeoPlace> capital(String country) {
        return Optional.ofNullable(capitals.get(country));
    }

    /** The first-level division with a GeoNames admin1 code in a country. */
    public Optional<GeoPlace> division(String country, String admin1) {
        return Optional.ofNullable(divisions.get(divisionKey(country, admin1)));
    }

    private static String divisionKey(String country, String admin1) {
        return country.concat(".").concat(admin1);
    }

    /** "Alexandria, Louisiana, United States": the place with its division and country. */
    public String fullName(GeoPlace p) {
        StringBuilder b = new StringBuilder(p.name());
        if (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.ADMIN2) {
            division(p.countryCode(), p.admin1()).ifPresent(d -> b.append(", ").append(d.name()));
        }
        if (p.kind() != PlaceKind.COUNTRY && !p.countryCode().isEmpty()) {
            country(p.countryCode()).ifPresent(c -> b.append(", ").append(c.name()));
        }
        return b.toString();
    }

    /** A place as events carry it, with the text and span that named it. */
    public Place toPlace(GeoPlace p, String text, int begin, int end) {
        String adm1 = p.admin1().isEmpty() ? "" : p.countryCode() + p.admin1();
        return new Place(p.kind().label(), fullName(p), p.countryCode(), adm1, p.latitude(), p.longitude(),
                p.geonamesId(), text, begin, end);
    }

    /** A place a name can stand for, and how the name leads to it. */
    public record Candidate(GeoPlace place, NameSource source) {
        public Candidate {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(source, "source");
        }
    }
}
