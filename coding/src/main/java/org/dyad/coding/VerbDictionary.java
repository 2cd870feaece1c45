package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Verbs and event nouns in Dyad's dictionary format (see {@code docs/dictionaries.md}):
 *
 * <pre>
 * verb tell | inform
 *   code 010
 *   if obl call | phone | telephone code 041
 * </pre>
 *
 * Immutable; lookups by lemma are O(1).
 */
public final class VerbDictionary {
    private final List<VerbEntry> entries;
    private final Map<String, VerbEntry> byLemma = new HashMap<>();

    public VerbDictionary(List<VerbEntry> entries) {
        this.entries = List.copyOf(entries);
        for (VerbEntry e : this.entries) {
            for (String l : e.lemmas()) {
                byLemma.putIfAbsent(l.toLowerCase(Locale.ROOT), e);
            }
        }
    }

    /** The dictionary shipped with Dyad. */
    public static VerbDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final VerbDictionary STANDARD = load("core.verbs.dyad");
    }

    private static VerbDictionary load(String resource) {
        try (InputStream in = VerbDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the coding jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** The entry for a lemma. */
    public Optional<VerbEntry> find(String lemma) {
        return Optional.ofNullable(byLemma.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** All entries. */
    public List<VerbEntry> entries() {
        return entries;
    }

    /**
     * Parses the format.
     *
     * @throws IllegalArgumentException naming the source, line and problem
     */
    public static VerbDictionary parse(Reader reader, String sourceName) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        List<VerbEntry> out = new ArrayList<>();
        List<String> lemmas = null;
        String code = null;
        List<VerbEntry.Refinement> refinements = new ArrayList<>();
        String where = null;
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            int hash = line.indexOf('#');
            String body = hash >= 0 ? line.substring(0, hash) : line;
            if (body.isBlank()) {
                continue;
            }
            String[] kv = body.strip().split("\\s+", 2);
            String value = kv.length > 1 ? kv[1].strip() : "";
            try {
                if (!Character.isWhitespace(body.charAt(0))) {
                    if (lemmas != null) {
                        out.add(entry(lemmas, code, refinements, where));
                    }
                    if (!kv[0].equals("verb") && !kv[0].equals("noun")) {
                        throw new IllegalArgumentException("unknown entry '" + kv[0] + "'; expected verb or noun");
                    }
                    lemmas = phrases(value);
                    code = null;
                    refinements = new ArrayList<>();
                    where = sourceName + ":" + number;
                } else if (lemmas == null) {
                    throw new IllegalArgumentException("indented line outside a verb block");
                } else if (kv[0].equals("code")) {
                    code = value;
                } else if (kv[0].equals("if")) {
                    int at = value.lastIndexOf(" code ");
                    if (at < 0) {
                        throw new IllegalArgumentException("'if' needs: if RELATION lemma | lemma code CODE");
                    }
                    String[] cond = value.substring(0, at).strip().split("\\s+", 2);
                    refinements.add(new VerbEntry.Refinement(cond[0], phrases(cond.length > 1 ? cond[1] : ""),
                            value.substring(at + 6).strip()));
                } else {
                    throw new IllegalArgumentException("unknown field '" + kv[0] + "'; expected code or if");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": " + e.getMessage(), e);
            }
        }
        if (lemmas != null) {
            out.add(entry(lemmas, code, refinements, where));
        }
        return new VerbDictionary(out);
    }

    private static VerbEntry entry(List<String> lemmas, String code, List<VerbEntry.Refinement> refinements,
            String where) {
        if (code == null) {
            throw new IllegalArgumentException(where + ": verb " + lemmas + " has no 'code' line");
        }
        return new VerbEntry(lemmas.get(0), lemmas, code, refinements, where);
    }

    private static List<String> phrases(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
