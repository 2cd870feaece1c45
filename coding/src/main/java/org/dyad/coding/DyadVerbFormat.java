package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dyad's verb dictionary format, documented in {@code docs/dictionaries.md}:
 *
 * <pre>
 * set TIETYPES military | economic | cultural
 * verbs RESTORE
 *   code 064
 *   verb restore | reinstate
 *   verb downplay code 014
 *   noun restoration
 *   pattern * full diplomatic ties code 064
 *   if obl phone | telephone code 041
 * verb tell
 *   code 010
 * </pre>
 *
 * A top-level {@code verb} or {@code noun} line opens a block named after its first trigger. A block
 * may have no triggers of its own when it extends a block of the same id in a dictionary read before
 * it (see {@link VerbDictionary#merge}). Lines indented under a {@code set} continue it. {@code #}
 * starts a comment. Stateless.
 */
public final class DyadVerbFormat {
    private DyadVerbFormat() {
    }

    /**
     * Reads a dictionary.
     *
     * @throws IllegalArgumentException naming {@code sourceName}, the line and the problem
     */
    public static VerbDictionary read(Reader reader, String sourceName) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        Map<String, WordSet> sets = new LinkedHashMap<>();
        List<VerbBlock> blocks = new ArrayList<>();
        BlockBuilder block = null;
        String openSet = null;
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            int hash = line.indexOf('#');
            String note = hash >= 0 ? line.substring(hash + 1).strip() : "";
            String body = hash >= 0 ? line.substring(0, hash) : line;
            if (body.isBlank()) {
                continue;
            }
            String where = sourceName + ":" + number;
            boolean indented = Character.isWhitespace(body.charAt(0));
            String[] kv = body.strip().split("\\s+", 2);
            String key = kv[0];
            String value = kv.length > 1 ? kv[1].strip() : "";
            try {
                if (indented && openSet != null) {
                    addPhrases(sets, openSet, value.isEmpty() ? key : key + " " + value);
                    continue;
                }
                if (!indented) {
                    openSet = null;
                    if (block != null) {
                        blocks.add(block.build(sets));
                        block = null;
                    }
                    switch (key) {
                        case "set" -> {
                            String[] nv = value.split("\\s+", 2);
                            String name = nv[0].toUpperCase(Locale.ROOT);
                            if (name.isEmpty()) {
                                throw new IllegalArgumentException("'set' needs a name: set NAME word | phrase");
                            }
                            sets.put(name, new WordSet(name, List.of()));
                            if (nv.length > 1) {
                                addPhrases(sets, name, nv[1]);
                            }
                            openSet = name;
                        }
                        case "verbs" -> block = new BlockBuilder(require(value, "block id"), where);
                        case "verb", "noun" -> {
                            List<String> phrases = phrases(value);
                            if (phrases.isEmpty()) {
                                throw new IllegalArgumentException("'" + key + "' needs at least one word");
                            }
                            block = new BlockBuilder(phrases.get(0).replace('+', ' ').strip().replace(' ', '_')
                                    .toUpperCase(Locale.ROOT), where);
                            block.triggers(key, value);
                        }
                        default -> throw new IllegalArgumentException("unknown entry '" + key
                                + "'; expected set, verbs, verb or noun");
                    }
                    continue;
                }
                if (block == null) {
                    throw new IllegalArgumentException("indented '" + key + "' line outside a block");
                }
                switch (key) {
                    case "code" -> block.code = CodePair.parse(require(value, "code"));
                    case "verb", "noun" -> block.triggers(key, value);
                    case "pattern" -> {
                        int at = value.lastIndexOf(" code ");
                        if (at < 0) {
                            throw new IllegalArgumentException("'pattern' needs: pattern ELEMENTS code CODE");
                        }
                        block.patterns.add(new Raw(value.substring(0, at).strip(), value.substring(at + 6).strip(),
                                where, note));
                    }
                    case "if" -> {
                        int at = value.lastIndexOf(" code ");
                        if (at < 0) {
                            throw new IllegalArgumentException("'if' needs: if RELATION word | word code CODE");
                        }
                        String[] cond = value.substring(0, at).strip().split("\\s+", 2);
                        block.refinements.add(new Refinement(cond[0], phrases(cond.length > 1 ? cond[1] : ""),
                                CodePair.parse(value.substring(at + 6))));
                    }
                    default -> throw new IllegalArgumentException("unknown field '" + key
                            + "'; expected code, verb, noun, pattern or if");
                }
            } catch (IllegalArgumentException e) {
                String m = String.valueOf(e.getMessage());
                throw new IllegalArgumentException(m.startsWith(sourceName + ":") ? m : where + ": " + m, e);
            }
        }
        if (block != null) {
            try {
                blocks.add(block.build(sets));
            } catch (IllegalArgumentException e) {
                // the last block ends with the file: name the line it began on
                String m = String.valueOf(e.getMessage());
                throw new IllegalArgumentException(m.startsWith(sourceName + ":") ? m : block.where + ": " + m, e);
            }
        }
        return new VerbDictionary(blocks, sets, List.of());
    }

    private static void addPhrases(Map<String, WordSet> sets, String name, String value) {
        List<List<String>> all = new ArrayList<>(sets.get(name).phrases());
        for (String p : phrases(value)) {
            if (p.startsWith("&")) {
                String other = p.substring(1).toUpperCase(Locale.ROOT);
                WordSet included = sets.get(other);
                if (included == null || other.equals(name)) {
                    throw new IllegalArgumentException("set " + name + " includes &" + other
                            + ", which is not defined before it");
                }
                all.addAll(included.phrases());
            } else {
                all.add(Arrays.asList(p.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        sets.put(name, new WordSet(name, all));
    }

    private static String require(String v, String what) {
        if (v.isBlank()) {
            throw new IllegalArgumentException("missing " + what);
        }
        return v;
    }

    private static List<String> phrases(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private record Raw(String text, String code, String where, String note) {
    }

    private static final class BlockBuilder {
        final String id;
        final String where;
        CodePair code = CodePair.NONE;
        final List<TriggerPhrase> triggers = new ArrayList<>();
        final List<Raw> patterns = new ArrayList<>();
        final List<Refinement> refinements = new ArrayList<>();

        BlockBuilder(String id, String where) {
            this.id = id;
            this.where = where;
        }

        /** {@code verb a | b c} or {@code verb a code 014}. */
        void triggers(String kind, String value) {
            Optional<CodePair> own = Optional.empty();
            int at = value.lastIndexOf(" code ");
            String list = value;
            if (at >= 0) {
                own = Optional.of(CodePair.parse(value.substring(at + 6)));
                list = value.substring(0, at);
            }
            TriggerPhrase.Kind k = kind.equals("noun") ? TriggerPhrase.Kind.NOUN : TriggerPhrase.Kind.VERB;
            for (String p : phrases(list)) {
                triggers.add(TriggerPhrase.parse(p, k, own));
            }
        }

        VerbBlock build(Map<String, WordSet> sets) {
            List<Pattern> ps = new ArrayList<>();
            for (Raw raw : patterns) {
                try {
                    ps.add(Pattern.parse(raw.text(), CodePair.parse(raw.code()), sets.keySet(), raw.where(), raw.note(), false));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(raw.where() + ": " + e.getMessage(), e);
                }
            }
            return new VerbBlock(id, code, triggers, ps, refinements, where);
        }
    }

    /**
     * Writes a dictionary in this format, sets first, then blocks in order; {@link #read} gives back
     * the same sets, blocks, triggers, patterns and codes.
     */
    public static void write(VerbDictionary dictionary, Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write(h.isEmpty() ? "#\n" : "# " + h + "\n");
        }
        if (!header.isEmpty()) {
            out.write("\n");
        }
        for (WordSet s : dictionary.sets().values()) {
            out.write("set " + s.name() + "\n");
            List<String> phrases = s.phrases().stream().map(p -> String.join(" ", p)).toList();
            for (int i = 0; i < phrases.size(); i += 8) {
                out.write("  " + String.join(" | ", phrases.subList(i, Math.min(phrases.size(), i + 8))) + "\n");
            }
        }
        for (VerbBlock b : dictionary.blocks()) {
            out.write("\nverbs " + b.id() + "\n");
            if (!b.code().isNone()) {
                out.write("  code " + b.code().text() + "\n");
            }
            writeTriggers(b, TriggerPhrase.Kind.VERB, "verb", out);
            writeTriggers(b, TriggerPhrase.Kind.NOUN, "noun", out);
            for (Pattern p : b.patterns()) {
                out.write("  pattern " + p.text() + " code " + p.code().text()
                        + (p.note().isEmpty() ? "" : "  # " + p.note()) + "\n");
            }
            for (Refinement r : b.refinements()) {
                out.write("  if " + r.relation() + " " + String.join(" | ", r.words()) + " code " + r.code().text() + "\n");
            }
        }
    }

    private static void writeTriggers(VerbBlock b, TriggerPhrase.Kind kind, String keyword, Writer out)
            throws IOException {
        List<String> plain = new ArrayList<>();
        for (TriggerPhrase t : b.triggers()) {
            if (t.kind() != kind) {
                continue;
            }
            if (t.code().isPresent()) {
                out.write("  " + keyword + " " + t.text() + " code " + t.code().get().text() + "\n");
            } else {
                plain.add(t.text());
            }
        }
        for (int i = 0; i < plain.size(); i += 10) {
            out.write("  " + keyword + " " + String.join(" | ", plain.subList(i, Math.min(plain.size(), i + 10))) + "\n");
        }
    }
}
