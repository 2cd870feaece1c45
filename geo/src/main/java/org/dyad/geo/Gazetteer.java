package org.dyad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dyad.model.Place;

/**
 * Dyad's embedded gazetteer: countries and territories, first-level divisions, US counties and the
 * GeoNames places of 500 people or more, with continents, news regions, abbreviations and demonyms.
 * Looks places up by name ({@link NameKey}) and renders them as {@link Place}s.
 *
 * <p>{@link #standard()} reads the resources shipped in the jar (see {@code docs/geo.md} for how
 * they are derived from GeoNames, US Census shapes and the other sources credited in NOTICE).
 * Immutable after loading and safe to share across threads; load it once per process.
 */
public final class Gazetteer {
    private static final String RESOURCES = "/org/dyad/geo/";

    private final List<GeoPlace> places;
    private final Map<String, int[]> index;
    private final Map<String, GeoPlace> countries;
    private final Map<String, GeoPlace> divisions;
    private final Map<String, GeoPlace> capitals;

    private Gazetteer(List<GeoPlace> places, Map<String, int[]> index) {
        this.places = List.copyOf(places);
        // the builder's map is handed over, not copied: nothing else holds it
        this.index = java.util.Collections.unmodifiableMap(index);
        Map<String, GeoPlace> c = new HashMap<>();
        Map<String, GeoPlace> d = new HashMap<>();
        Map<String, GeoPlace> k = new HashMap<>();
        for (GeoPlace p : this.places) {
            if (p.kind() == PlaceKind.CITY && p.featureCode().equals("PPLC")) {
                k.merge(p.countryCode(), p, (a, b) -> a.population() >= b.population() ? a : b);
            }
            if (p.kind() == PlaceKind.COUNTRY) {
                c.putIfAbsent(p.countryCode(), p);
            } else if (p.kind() == PlaceKind.ADMIN1) {
                d.putIfAbsent(p.countryCode() + "." + p.admin1(), p);
            }
        }
        this.countries = Map.copyOf(c);
        this.divisions = Map.copyOf(d);
        this.capitals = Map.copyOf(k);
    }

    /** The gazetteer shipped with Dyad. */
    public static Gazetteer standard() {
        try (InputStream places = resource("gazetteer.tsv.gz");
                InputStream regions = resource("regions.tsv");
                InputStream aliases = resource("aliases.tsv");
                InputStream demonyms = resource("demonyms.tsv")) {
            return read(new GZIPInputStream(places, 1 << 16), regions, aliases, demonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Dyad's embedded gazetteer; the jar is damaged", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCES + name + " is missing from the classpath; "
                    + "rebuild the geo module");
        }
        return in;
    }

    /**
     * Reads a gazetteer from its four tables, in the formats described in {@code docs/geo.md}.
     *
     * @throws IllegalArgumentException naming the table and line of a malformed record
     */
    public static Gazetteer read(InputStream places, InputStream regions, InputStream aliases, InputStream demonyms)
            throws IOException {
        Builder b = new Builder();
        forEachLine(places, "gazetteer", b::place);
        forEachLine(regions, "regions", b::region);
        forEachLine(aliases, "aliases", b::alias);
        forEachLine(demonyms, "demonyms", b::demonym);
        return b.build();
    }

    private interface LineHandler {
        void accept(String[] fields);
    }

    private static void forEachLine(InputStream in, String table, LineHandler handler) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                handler.accept(fields(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(table + " line " + n + " is malformed (" + e.getMessage() + "): "
                        + line, e);
            }
        }
    }

    /** The tab-separated fields of a line, empty fields kept. */
    private static String[] fields(String line) {
        int n = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            n++;
        }
        String[] f = new String[n];
        int from = 0;
        for (int k = 0; k < n - 1; k++) {
            int tab = line.indexOf('\t', from);
            f[k] = line.substring(from, tab);
            from = tab + 1;
        }
        f[n - 1] = line.substring(from);
        return f;
    }

    /** Number of places. */
    public int size() {
        return places.size();
    }

    /** The place with a gazetteer id. */
    public GeoPlace place(int id) {
        return places.get(id);
    }

    /** The places a name can stand for, each with how the name leads to it; empty when none. */
    public List<Candidate> lookup(String name) {
        int[] hits = index.get(NameKey.of(name));
        if (hits == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(hits.length);
        for (int h : hits) {
            out.add(new Candidate(places.get(h >>> 2), NameSource.values()[h & 3]));
        }
        return out;
    }

    /** Whether any place goes by this name. */
    public boolean knows(String name) {
        return index.containsKey(NameKey.of(name));
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
        return Optional.ofNullable(divisions.get(country + "." + admin1));
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

    /** Accumulates places and names while the tables are read. */
    private static final class Builder {
        private final List<GeoPlace> places = new ArrayList<>(220_000);
        private final Map<String, int[]> index = new HashMap<>(600_000);
        private final Map<String, Integer> countryIds = new HashMap<>();
        private final Map<String, Integer> divisionIds = new HashMap<>();
        private final Map<Long, Integer> geonamesIds = new HashMap<>();
        private final Map<String, Integer> regionIds = new HashMap<>();

        void place(String[] f) {
            if (f.length != 12) {
                throw new IllegalArgumentException("expected 12 fields, found " + f.length);
            }
            PlaceKind kind = switch (f[0]) {
                case "C" -> PlaceKind.COUNTRY;
                case "A" -> PlaceKind.ADMIN1;
                case "B" -> PlaceKind.ADMIN2;
                case "P" -> PlaceKind.CITY;
                default -> throw new IllegalArgumentException("unknown kind '" + f[0] + "'");
            };
            GeoPlace p = new GeoPlace(places.size(), kind, Long.parseLong(f[1]), f[2], f[3], f[4], f[5], f[6],
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]), Long.parseLong(f[9]));
            add(p);
            // keys come computed with the table, so loading need not fold 290,000 names
            key(f[10].isEmpty() ? f[3].toLowerCase(Locale.ROOT) : f[10], p.id(), NameSource.NAME);
            if (!f[11].isEmpty()) {
                int from = 0;
                String keys = f[11];
                while (from <= keys.length()) {
                    int bar = keys.indexOf('|', from);
                    int end = bar < 0 ? keys.length() : bar;
                    key(keys.substring(from, end), p.id(), NameSource.ALTERNATE);
                    from = end + 1;
                }
            }
        }

        void region(String[] f) {
            PlaceKind kind = PlaceKind.valueOf(f[0].toUpperCase(Locale.ROOT));
            GeoPlace p = new GeoPlace(places.size(), kind, Long.parseLong(f[1]), kind == PlaceKind.CONTINENT ? "CONT"
                    : "RGN", f[2], "", "", "", Double.parseDouble(f[3]), Double.parseDouble(f[4]), 0);
            add(p);
            regionIds.put(f[2], p.id());
            name(f[2], p.id(), NameSource.NAME);
            if (f.length > 5 && !f[5].isEmpty()) {
                for (String alt : f[5].split("\\|")) {
                    name(alt, p.id(), NameSource.ALTERNATE);
                }
            }
        }

        void alias(String[] f) {
            NameSource how = switch (f[2]) {
                case "abbreviation" -> NameSource.ABBREVIATION;
                case "demonym" -> NameSource.DEMONYM;
                // curated English names weigh as much as a place's own name; GeoNames' alternates are noisier
                case "alternate" -> NameSource.NAME;
                default -> throw new IllegalArgumentException("unknown kind of name '" + f[2] + "'");
            };
            name(f[0], target(f[1]), how);
        }

        void demonym(String[] f) {
            name(f[0], target(f[1]), NameSource.DEMONYM);
        }

        private int target(String t) {
            Integer id;
            if (t.startsWith("#")) {
                id = geonamesIds.get(Long.parseLong(t.substring(1)));
            } else if (t.startsWith("=")) {
                id = regionIds.get(t.substring(1));
            } else if (t.contains("/")) {
                id = divisionIds.get(t);
            } else {
                id = countryIds.get(t);
            }
            if (id == null) {
                throw new IllegalArgumentException("no place '" + t + "' in the gazetteer");
            }
            return id;
        }

        private void add(GeoPlace p) {
            places.add(p);
            if (p.geonamesId() != 0) {
                geonamesIds.putIfAbsent(p.geonamesId(), p.id());
            }
            if (p.kind() == PlaceKind.COUNTRY) {
                countryIds.putIfAbsent(p.countryCode(), p.id());
            } else if (p.kind() == PlaceKind.ADMIN1) {
                divisionIds.putIfAbsent(p.countryCode() + "/" + p.name(), p.id());
            }
        }

        private void name(String name, int id, NameSource how) {
            key(NameKey.of(name), id, how);
        }

        private void key(String key, int id, NameSource how) {
            if (key.isEmpty()) {
                return;
            }
            int code = id << 2 | how.ordinal();
            int[] prior = index.get(key);
            if (prior == null) {
                index.put(key, new int[] {code});
                return;
            }
            for (int h : prior) {
                if (h >>> 2 == id) {
                    return;
                }
            }
            int[] more = Arrays.copyOf(prior, prior.length + 1);
            more[prior.length] = code;
            index.put(key, more);
        }

        Gazetteer build() {
            return new Gazetteer(places, index);
        }
    }
}
