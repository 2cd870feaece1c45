package org.dyad.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gazetteer in the binary form shipped in the jar: its places as columns and its name index as
 * sorted keys with their postings, in a few primitive arrays, so that loading is reading them and
 * no place or key object exists until a lookup asks for it.
 *
 * <p>Layout, for {@code n} places and {@code m} keys, numbers big-endian. A string list is
 * {@code int} count, {@code int[count]} end of each string in the bytes, then the UTF-8 bytes of all:
 * <pre>
 * int magic "DYGZ", int version, int length of the rest
 * codes: string list of the feature, country, first- and second-level division codes, each once
 * int n; byte[n] kind (PlaceKind ordinal); char[n] feature code, char[n] country code,
 *   char[n] admin1 code, char[n] admin2 code (positions in codes); int[n] GeoNames id;
 *   int[n] latitude and int[n] longitude (degrees x 100,000); int[n] population
 * names: string list of the n names
 * keys: string list of the m keys, sorted by unsigned byte order, each once
 * int[m] end of each key's postings; int[] postings (place id &lt;&lt; 2 | NameSource ordinal)
 * </pre>
 * Everything has a fixed width so that loading copies whole arrays and decodes nothing.
 * Coordinates of at most five decimals, ids and populations below 2^31 are stored exactly;
 * {@link #write} refuses anything else, so that a place read equals the place written.
 *
 * <p>Immutable and safe to share across threads.
 */
final class GazetteerImage {
    /** "DYGZ". */
    private static final int MAGIC = 0x4459475A;
    /** Raised whenever the layout changes. */
    private static final int VERSION = 1;
    /** Coordinates are stored as whole multiples of 1 / SCALE degree. */
    private static final double SCALE = 100_000;
    /** The GeoNames feature code of a country's capital. */
    private static final String CAPITAL = "PPLC";
    private static final List<PlaceKind> KINDS = List.of(PlaceKind.values());
    private static final List<NameSource> SOURCES = List.of(NameSource.values());

    private final Utf8Strings codes;
    private final int capitalCode;
    private final byte[] kinds;
    private final char[] featureCodes;
    private final char[] countryCodes;
    private final char[] admin1s;
    private final char[] admin2s;
    private final int[] geonamesIds;
    private final int[] latitudes;
    private final int[] longitudes;
    private final int[] populations;
    private final Utf8Strings names;
    private final Utf8Strings keys;
    private final int[] postingEnds;
    private final int[] postings;

    private GazetteerImage(Cursor in) {
        codes = in.strings();
        int n = in.count();
        kinds = in.bytes(n);
        featureCodes = in.chars(n);
        countryCodes = in.chars(n);
        admin1s = in.chars(n);
        admin2s = in.chars(n);
        geonamesIds = in.ints(n);
        latitudes = in.ints(n);
        longitudes = in.ints(n);
        populations = in.ints(n);
        names = in.strings();
        keys = in.strings();
        postingEnds = in.ints(keys.size());
        postings = in.ints(postingEnds.length == 0 ? 0 : postingEnds[postingEnds.length - 1]);
        if (!in.atEnd() || names.size() != n) {
            throw new IllegalStateException("the gazetteer image is inconsistent; rebuild the geo module");
        }
        capitalCode = codes.indexOf(CAPITAL);
    }

    /**
     * Reads an image as {@link #write} wrote it.
     *
     * @throws IllegalStateException when the stream holds no image of this version, or a damaged one
     */
    static GazetteerImage read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(12);
        ByteBuffer h = ByteBuffer.wrap(head);
        if (head.length < 12 || h.getInt() != MAGIC) {
            throw new IllegalStateException("not a Dyad gazetteer image; rebuild the geo module");
        }
        int version = h.getInt();
        if (version != VERSION) {
            throw new IllegalStateException("the gazetteer image has version " + version + ", this code reads "
                    + VERSION + "; rebuild the geo module");
        }
        int length = h.getInt();
        if (length < 0) {
            throw new IllegalStateException("the gazetteer image is damaged; rebuild the geo module");
        }
        byte[] body = new byte[length];
        int got = in.readNBytes(body, 0, length);
        if (got != length) {
            throw new IllegalStateException("the gazetteer image is truncated: " + got + " of " + length
                    + " bytes; rebuild the geo module");
        }
        try {
            return new GazetteerImage(new Cursor(body));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalStateException("the gazetteer image is damaged; rebuild the geo module", e);
        }
    }

    /** Number of places. */
    int size() {
        return kinds.length;
    }

    /** The place with an id, made anew on each call. */
    GeoPlace place(int id) {
        Objects.checkIndex(id, kinds.length);
        return new GeoPlace(id, kind(id), geonamesIds[id], codes.get(featureCodes[id]), names.get(id),
                countryCode(id), admin1(id), codes.get(admin2s[id]), latitudes[id] / SCALE, longitudes[id] / SCALE,
                populations[id]);
    }

    PlaceKind kind(int id) {
        return KINDS.get(kinds[id]);
    }

    /** The ids of the places of a kind, ascending. */
    int[] ids(PlaceKind kind) {
        int n = 0;
        int[] ids = new int[kinds.length];
        for (int id = 0; id < kinds.length; id++) {
            if (kinds[id] == kind.ordinal()) {
                ids[n++] = id;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** The ids of the cities with the GeoNames feature code of a capital ({@code PPLC}), ascending. */
    int[] capitalIds() {
        int n = 0;
        int[] ids = new int[kinds.length];
        for (int id = 0; id < kinds.length; id++) {
            if (featureCodes[id] == capitalCode && kinds[id] == PlaceKind.CITY.ordinal()) {
                ids[n++] = id;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    String countryCode(int id) {
        return codes.get(countryCodes[id]);
    }

    String admin1(int id) {
        return codes.get(admin1s[id]);
    }

    /** The position of a key among the sorted keys, or -1 when no place goes by it. */
    int find(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys.compare(mid, k);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** What {@link #probe} answers for bytes that begin some key but are none. */
    static final int PREFIX = -1;
    /** What {@link #probe} answers for bytes that begin no key. */
    static final int ABSENT = -2;

    /**
     * One search of the sorted keys for UTF-8 bytes: the position of the key they are, else
     * {@link #PREFIX} when some key starts with them, else {@link #ABSENT}. The keys are sorted by
     * unsigned byte order, so the keys with a prefix follow one another from the first key not below it.
     */
    int probe(byte[] key) {
        int lo = 0;
        int hi = keys.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys.compare(mid, key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == keys.size() || !keys.startsWith(lo, key)) {
            return ABSENT;
        }
        return keys.compare(lo, key) == 0 ? lo : PREFIX;
    }

    /** The first of the postings of the key at a position (see {@link #postingPlace}). */
    int postingsFrom(int k) {
        return k == 0 ? 0 : postingEnds[k - 1];
    }

    /** The end (exclusive) of the postings of the key at a position. */
    int postingsTo(int k) {
        return postingEnds[k];
    }

    /** The id of the place of a posting. */
    int postingPlace(int posting) {
        return postings[posting] >>> 2;
    }

    /** How the name of a posting leads to its place. */
    NameSource postingSource(int posting) {
        return SOURCES.get(postings[posting] & 3);
    }

    /** The population of the place with an id. */
    long population(int id) {
        return populations[id];
    }

    /** Number of keys. */
    int keyCount() {
        return keys.size();
    }

    /** The key at a position among the sorted keys. */
    String key(int k) {
        return keys.get(k);
    }

    /** The places the key at a position leads to, with how, in the order the tables gave them. */
    List<Gazetteer.Candidate> candidates(int k) {
        int from = k == 0 ? 0 : postingEnds[k - 1];
        List<Gazetteer.Candidate> out = new ArrayList<>(postingEnds[k] - from);
        for (int i = from; i < postingEnds[k]; i++) {
            out.add(new Gazetteer.Candidate(place(postings[i] >>> 2), SOURCES.get(postings[i] & 3)));
        }
        return out;
    }

    /**
     * Writes the image of a gazetteer's tables.
     *
     * @throws IllegalArgumentException naming a place whose values the image cannot hold exactly
     */
    static void write(GazetteerTables tables, OutputStream out) throws IOException {
        List<GeoPlace> places = tables.places();
        Map<String, Integer> codeNumbers = new LinkedHashMap<>();
        for (GeoPlace p : places) {
            for (String c : List.of(p.featureCode(), p.countryCode(), p.admin1(), p.admin2())) {
                codeNumbers.putIfAbsent(c, codeNumbers.size());
            }
        }
        if (codeNumbers.size() > Character.MAX_VALUE + 1) {
            throw new IllegalArgumentException("the gazetteer has " + codeNumbers.size() + " distinct codes; the "
                    + "image numbers at most " + (Character.MAX_VALUE + 1));
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        DataOutputStream d = new DataOutputStream(buffer);
        writeStrings(d, List.copyOf(codeNumbers.keySet()));
        d.writeInt(places.size());
        for (int id = 0; id < places.size(); id++) {
            GeoPlace p = places.get(id);
            if (p.id() != id) {
                throw new IllegalArgumentException("place '" + p.name() + "' has id " + p.id() + " at position " + id);
            }
            d.writeByte(p.kind().ordinal());
        }
        for (GeoPlace p : places) {
            d.writeChar(codeNumbers.get(p.featureCode()));
        }
        for (GeoPlace p : places) {
            d.writeChar(codeNumbers.get(p.countryCode()));
        }
        for (GeoPlace p : places) {
            d.writeChar(codeNumbers.get(p.admin1()));
        }
        for (GeoPlace p : places) {
            d.writeChar(codeNumbers.get(p.admin2()));
        }
        for (GeoPlace p : places) {
            d.writeInt(belowTwoToThe31(p, "GeoNames id", p.geonamesId()));
        }
        for (GeoPlace p : places) {
            d.writeInt(scaled(p, p.latitude()));
        }
        for (GeoPlace p : places) {
            d.writeInt(scaled(p, p.longitude()));
        }
        for (GeoPlace p : places) {
            d.writeInt(belowTwoToThe31(p, "population", p.population()));
        }
        writeStrings(d, places.stream().map(GeoPlace::name).toList());
        writeIndex(d, tables.index(), places.size());
        d.flush();
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(MAGIC);
        o.writeInt(VERSION);
        o.writeInt(buffer.size());
        buffer.writeTo(o);
        o.flush();
    }

    private record Posting(String key, byte[] utf8, int[] codes) {
    }

    private static void writeIndex(DataOutputStream d, Map<String, int[]> index, int places) throws IOException {
        List<Posting> sorted = new ArrayList<>(index.size());
        for (Map.Entry<String, int[]> e : index.entrySet()) {
            byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (k.length == 0 || !new String(k, StandardCharsets.UTF_8).equals(e.getKey())) {
                throw new IllegalArgumentException("key '" + e.getKey() + "' is empty or not well-formed Unicode");
            }
            for (int code : e.getValue()) {
                if (code >>> 2 >= places) {
                    throw new IllegalArgumentException("key '" + e.getKey() + "' leads to place " + (code >>> 2)
                            + " of " + places);
                }
            }
            sorted.add(new Posting(e.getKey(), k, e.getValue()));
        }
        sorted.sort((a, b) -> Arrays.compareUnsigned(a.utf8(), b.utf8()));
        writeStrings(d, sorted.stream().map(Posting::key).toList());
        int end = 0;
        for (Posting p : sorted) {
            end += p.codes().length;
            d.writeInt(end);
        }
        for (Posting p : sorted) {
            for (int code : p.codes()) {
                d.writeInt(code);
            }
        }
    }

    private static void writeStrings(DataOutputStream d, List<String> strings) throws IOException {
        List<byte[]> utf8 = strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        d.writeInt(utf8.size());
        int end = 0;
        for (byte[] b : utf8) {
            end += b.length;
            d.writeInt(end);
        }
        for (byte[] b : utf8) {
            d.write(b);
        }
    }

    private static int belowTwoToThe31(GeoPlace p, String what, long value) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("place '" + p.name() + "' has " + what + " " + value
                    + "; the image holds 0 to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    private static int scaled(GeoPlace p, double degrees) {
        long s = Math.round(degrees * SCALE);
        // the division is correctly rounded, so a value of at most five decimals comes back as parsed
        if (Double.compare(s / SCALE, degrees) != 0) {
            throw new IllegalArgumentException("place '" + p.name() + "' has coordinate " + degrees
                    + ", which the image cannot hold exactly: it keeps five decimals");
        }
        return (int) s;
    }

    /** Strings kept as one UTF-8 byte array and the end of each in it. */
    private static final class Utf8Strings {
        private final int[] ends;
        private final byte[] bytes;

        Utf8Strings(int[] ends, byte[] bytes) {
            this.ends = ends;
            this.bytes = bytes;
        }

        int size() {
            return ends.length;
        }

        private int start(int i) {
            return i == 0 ? 0 : ends[i - 1];
        }

        String get(int i) {
            return new String(bytes, start(i), ends[i] - start(i), StandardCharsets.UTF_8);
        }

        /** Compares string {@code i} with UTF-8 bytes as unsigned bytes, as the keys are sorted. */
        int compare(int i, byte[] other) {
            return Arrays.compareUnsigned(bytes, start(i), ends[i], other, 0, other.length);
        }

        /** Whether string {@code i} starts with these UTF-8 bytes. */
        boolean startsWith(int i, byte[] prefix) {
            int from = start(i);
            return ends[i] - from >= prefix.length
                    && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
        }

        /** The position of a string, or -1. */
        int indexOf(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < ends.length; i++) {
                if (Arrays.equals(bytes, start(i), ends[i], b, 0, b.length)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Reads an image body front to back. */
    private static final class Cursor {
        private final byte[] b;
        private int at;

        Cursor(byte[] b) {
            this.b = b;
        }

        boolean atEnd() {
            return at == b.length;
        }

        /** A count or length: an int that must not be negative. */
        int count() {
            need(1, 4);
            int v = ByteBuffer.wrap(b, at, 4).getInt();
            at += 4;
            if (v < 0) {
                throw new IndexOutOfBoundsException("negative count " + v + " at byte " + (at - 4));
            }
            return v;
        }

        byte[] bytes(int n) {
            need(n, 1);
            byte[] a = Arrays.copyOfRange(b, at, at + n);
            at += n;
            return a;
        }

        char[] chars(int n) {
            need(n, 2);
            char[] a = new char[n];
            ByteBuffer.wrap(b, at, 2 * n).asCharBuffer().get(a);
            at += 2 * n;
            return a;
        }

        int[] ints(int n) {
            need(n, 4);
            int[] a = new int[n];
            ByteBuffer.wrap(b, at, 4 * n).asIntBuffer().get(a);
            at += 4 * n;
            return a;
        }

        /** Checks that n values of a width remain, before anything is allocated for them. */
        private void need(int n, int width) {
            if (n < 0 || (long) n * width > b.length - at) {
                throw new IndexOutOfBoundsException(n + " values of " + width + " bytes at byte " + at + " run past "
                        + "the end, " + b.length);
            }
        }

        Utf8Strings strings() {
            int[] ends = ints(count());
            return new Utf8Strings(ends, bytes(ends.length == 0 ? 0 : ends[ends.length - 1]));
        }
    }
}
