package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.EventType;

/**
 * The CAMEO 1.1b3 event ontology as published in GDELT's lookup tables: 311 codes with names,
 * Goldstein values and QuadClass (GDELT convention: 1 verbal cooperation for roots 01-05,
 * 2 material cooperation 06-09, 3 verbal conflict 10-14, 4 material conflict 15-20).
 * Immutable and thread-safe; load it once with {@link #standard()}.
 */
public final class Cameo {
    private static final String RESOURCE = "cameo.tsv";
    private final Map<String, CameoCode> codes;
    private final Plover plover;

    private Cameo(Map<String, CameoCode> codes, Plover plover) {
        this.codes = Collections.unmodifiableMap(codes);
        this.plover = plover;
    }

    /** The table shipped with Dyad. */
    public static Cameo standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Cameo STANDARD = load();
    }

    private static Cameo load() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        InputStream in = Cameo.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " missing from the ontology jar");
        }
        // the reader closes the stream under it
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                codes.put(f[0], new CameoCode(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Double.parseDouble(f[4]), f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        return new Cameo(codes, Plover.standard());
    }

    /** The entry of a code such as {@code "036"}, if CAMEO has it. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** True when CAMEO has the code. */
    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    /** All codes in table order. */
    public Collection<CameoCode> codes() {
        return codes.values();
    }

    /**
     * The full event type of a code: name, QuadClass, Goldstein and PLOVER mapping. A code below the
     * table (some legacy dictionaries refine codes further) takes the values of its nearest listed
     * ancestor; it keeps its own digits when it has two to four of them ("0234" under "023"), and is
     * otherwise named by the ancestor ("0234x" is "0234").
     *
     * @throws IllegalArgumentException if neither the code nor any ancestor is in CAMEO
     */
    public EventType type(String code) {
        CameoCode c = nearest(code).orElseThrow(() -> new IllegalArgumentException(
                "'" + code + "' is not a CAMEO event code, nor a refinement of one; see cameo.tsv"));
        boolean digits = code.length() >= 2 && code.length() <= 4 && code.chars().allMatch(Character::isDigit);
        String own = digits ? code : c.code();
        Optional<PloverCode> p = plover.map(own);
        return new EventType(own, c.name(), c.quadClass(), c.goldstein(),
                p.map(PloverCode::type), p.map(PloverCode::mode).filter(m -> !m.isEmpty()));
    }

    /** The code itself or its nearest ancestor in the table. */
    public Optional<CameoCode> nearest(String code) {
        for (String k = code; k.length() >= 2; k = k.substring(0, k.length() - 1)) {
            CameoCode c = codes.get(k);
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
