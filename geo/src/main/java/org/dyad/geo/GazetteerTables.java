package org.dyad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer's four tab-separated tables as read (formats in {@code docs/geo.md}): the places in
 * table order, ids counted from 0, and every lookup key with the places it leads to. Each place a
 * key leads to is coded {@code id << 2 | NameSource.ordinal()}, in the order the tables name it, a
 * place at most once per key (the first way wins). This is the form the gazetteer is written in;
 * {@link GazetteerImage} compiles it into the binary form that is shipped and loaded.
 *
 * <p>Immutable once read.
 */
final class GazetteerTables {
    /** The file names of the four tables in a source folder. */
    static final String PLACES = "gazetteer.tsv.gz";
    static final String REGIONS = "regions.tsv";
    static final String ALIASES = "aliases.tsv";
    static final String DEMONYMS = "demonyms.tsv";

    private final List<GeoPlace> places;
    private final Map<String, int[]> index;

    private GazetteerTables(List<GeoPlace> places, Map<String, int[]> index) {
        this.places = Collections.unmodifiableList(places);
        this.index = Collections.unmodifiableMap(index);
    }

    /** The places, in table order: {@code places().get(i).id() == i}. */
    List<GeoPlace> places() {
        return places;
    }

    /** Every lookup key with the coded places it leads to; the arrays must not be changed. */
    Map<String, int[]> index() {
        return index;
    }

    /** Reads the four tables from a folder holding them under their usual names. */
    static GazetteerTables read(Path folder) throws IOException {
        try (InputStream places = new GZIPInputStream(Files.newInputStream(folder.resolve(PLACES)), 1 << 16);
                InputStream regions = Files.newInputStream(folder.resolve(REGIONS));
                InputStream aliases = Files.newInputStream(folder.resolve(ALIASES));
                InputStream demonyms = Files.newInputStream(folder.resolve(DEMONYMS))) {
            return read(places, regions, aliases, demonyms);
        }
    }

    /**
     * Reads the four tables from streams, the places uncompressed.
     *
     * @throws IllegalArgumentException naming the table and line of a malformed record
     */
    static GazetteerTables read(InputStream places, InputStream regions, InputStream aliases, InputStream demonyms)
            throws IOException {
        Builder b = new Builder();
        forEachLine(places, "gazetteer", b::place);
        forEachLine(regions, "regions", b::region);
        forEachLine(aliases, "aliases", b::alias);
        forEachLine(demonyms, "demonyms", b::demonym);
        return new GazetteerTables(b.places, b.index);
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
            // keys come computed with the table, so that the build need not fold 290,000 names
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
    }
}
