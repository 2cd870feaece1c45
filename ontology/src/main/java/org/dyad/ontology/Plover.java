package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO to PLOVER conversion table (PLOVER manual draft 0.8, 2021). A CAMEO code that the table
 * does not list takes the mapping of its nearest listed ancestor. Immutable and thread-safe.
 */
public final class Plover {
    private static final String RESOURCE = "cameo2plover.txt";
    private final Map<String, PloverCode> map;

    private Plover(Map<String, PloverCode> map) {
        this.map = Collections.unmodifiableMap(map);
    }

    /** The table shipped with Dyad. */
    public static Plover standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Plover STANDARD = load();
    }

    private static Plover load() {
        Map<String, PloverCode> map = new LinkedHashMap<>();
        InputStream in = Plover.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " missing from the ontology jar");
        }
        // the reader closes the stream under it
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                int colon = body.indexOf(':');
                if (body.isEmpty() || colon < 0) {
                    continue;
                }
                String code = body.substring(0, colon).strip();
                String[] f = body.substring(colon + 1).split(",", -1);
                String type = f[0].strip();
                if (type.isEmpty()) {
                    continue;
                }
                if (PloverType.of(type).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": '" + type + "' for CAMEO " + code
                            + " is not one of the sixteen PLOVER event types");
                }
                map.put(code, new PloverCode(type, f.length > 1 ? f[1].strip() : "", f.length > 2 ? f[2].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        return new Plover(map);
    }

    /**
     * True when an event of this CAMEO code needs a target: its PLOVER type requires a recipient, or it
     * has no PLOVER type at all (CAMEO 01 statements and 02 appeals, which PLOVER does not code, say
     * little without someone they address).
     */
    public boolean requiresTarget(String cameo) {
        return map(cameo).flatMap(p -> PloverType.of(p.type())).map(PloverType::requiresRecipient).orElse(true);
    }

    /** The PLOVER type, mode and context of a CAMEO code, from the code or its nearest listed ancestor. */
    public Optional<PloverCode> map(String cameo) {
        for (String k = cameo; k.length() >= 2; k = k.substring(0, k.length() - 1)) {
            PloverCode p = map.get(k);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
