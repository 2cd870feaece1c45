package org.dyad.coding.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.CodePair;
import org.dyad.coding.TriggerPhrase;
import org.dyad.coding.VerbBlock;
import org.dyad.coding.VerbDictionary;
import org.dyad.coding.WordSet;

/**
 * Reads verb dictionaries in the PETRARCH and TABARI format (PETRARCH's {@code dictionaries.rst}):
 *
 * <pre>
 * &amp;CURRENCY               a synonym set, members on '+' lines
 * +DOLLAR
 * --- GRANT  [070] ---       a verb block with its code ([---] for none)
 * GRANT                      verbs of the block; irregular forms in {...}, own code in [...]
 * GIVE {GAVE GIVEN GIVING}
 * +CORDON_OFF {+CORDONED_OFF}  multi-word verbs: '+' marks the verb
 * - * &amp;CURRENCY  [903]      patterns with their code
 * </pre>
 *
 * Comments are {@code #} to the end of the line and {@code <!-- ... -->}. As in PETRARCH, pattern
 * words match whole word forms only, and set members also match their regular plural unless the set
 * name or the member ends with {@code _}. Verbs are kept as trigger words matched against a token's
 * form or lemma, so both "GRANT" and an inflected block name such as "SAID" work. Patterns that cannot be read (an undefined
 * set, an unbalanced bracket) and PETRARCH's verb transformations ({@code ~} lines) are skipped and
 * listed in {@link VerbDictionary#warnings()}, as PETRARCH skips them. Stateless.
 */
public final class PetrarchVerbReader {
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am");

    private PetrarchVerbReader() {
    }

    /**
     * Reads a PETRARCH or TABARI verb dictionary.
     *
     * @throws IllegalArgumentException naming the source and line of a line that is not in the format
     */
    public static VerbDictionary read(Reader reader, String sourceName) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        Map<String, List<String>> rawSets = new LinkedHashMap<>();
        Set<String> noPlural = new java.util.HashSet<>();
        List<Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Block block = null;
        String openSet = null;
        boolean inComment = false;
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            String where = sourceName + ":" + number;
            StringBuilder kept = new StringBuilder();
            String rest = line;
            while (!rest.isEmpty()) {
                if (inComment) {
                    int end = rest.indexOf("-->");
                    if (end < 0) {
                        rest = "";
                    } else {
                        rest = rest.substring(end + 3);
                        inComment = false;
                    }
                } else {
                    int start = rest.indexOf("<!");
                    if (start < 0) {
                        kept.append(rest);
                        rest = "";
                    } else {
                        kept.append(rest, 0, start);
                        rest = rest.substring(start);
                        int end = rest.indexOf('>');
                        if (rest.startsWith("<!--")) {
                            end = rest.indexOf("-->");
                            if (end >= 0) {
                                end += 2;
                            }
                        }
                        if (end < 0) {
                            inComment = true;
                            rest = "";
                        } else {
                            rest = rest.substring(end + 1);
                        }
                    }
                }
            }
            String text = kept.toString();
            String note = "";
            int hash = text.indexOf('#');
            if (hash >= 0) {
                note = text.substring(hash + 1).strip();
                text = text.substring(0, hash);
            }
            text = text.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                if (text.startsWith("&")) {
                    openSet = setName(text);
                    rawSets.put(openSet, new ArrayList<>());
                    if (text.split("\\s+")[0].endsWith("_")) {
                        noPlural.add(openSet);
                    }
                    continue;
                }
                if (text.startsWith("+") && openSet != null) {
                    rawSets.get(openSet).add(text.substring(1).strip());
                    continue;
                }
                openSet = null;
                if (text.startsWith("---")) {
                    block = new Block(blockName(text), firstCode(text).orElse(CodePair.NONE), where);
                    blocks.add(block);
                } else if (text.startsWith("~")) {
                    warnings.add(where + ": verb transformation skipped (Dyad combines verbs by its own rules): "
                            + text);
                } else if (text.startsWith("-")) {
                    if (block == null) {
                        throw new IllegalArgumentException("pattern before the first '--- NAME [CODE] ---' block line");
                    }
                    int open = text.lastIndexOf('[');
                    int close = text.lastIndexOf(']');
                    if (open < 0 || close < open) {
                        warnings.add(where + ": pattern without a [code] skipped: " + text);
                        continue;
                    }
                    block.patterns.add(new RawPattern(text.substring(1, open).strip(), text.substring(open + 1, close),
                            where, note));
                } else {
                    if (block == null) {
                        throw new IllegalArgumentException("verb '" + text
                                + "' before the first '--- NAME [CODE] ---' block line");
                    }
                    block.verbs.addAll(verbs(text));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        Map<String, WordSet> sets = resolveSets(rawSets, noPlural, sourceName);
        List<VerbBlock> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.verbs.isEmpty()) {
                warnings.add(b.where + ": block " + b.name + " has no verbs; skipped");
                continue;
            }
            out.add(b.build(sets.keySet(), warnings));
        }
        return new VerbDictionary(out, sets, warnings);
    }

    /** {@code &NAME} or {@code &NAME_} (the trailing '_' only turned off plurals). */
    private static String setName(String text) {
        String name = text.substring(1).strip().split("\\s+")[0];
        while (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'&' needs a set name");
        }
        return name.toUpperCase(Locale.ROOT);
    }

    private static Map<String, WordSet> resolveSets(Map<String, List<String>> raw, Set<String> noPlural,
            String sourceName) {
        Map<String, WordSet> out = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            List<List<String>> phrases = new ArrayList<>();
            List<List<String>> plurals = new ArrayList<>();
            for (String member : expand(name, raw, noPlural, new LinkedHashSet<>(), sourceName)) {
                boolean keep = member.endsWith("_");
                List<String> words = Arrays.stream(member.toLowerCase(Locale.ROOT).split("[\\s_]+"))
                        .filter(w -> !w.isEmpty()).toList();
                if (words.isEmpty()) {
                    continue;
                }
                phrases.add(words);
                if (!keep) {
                    List<String> plural = new ArrayList<>(words);
                    plural.set(plural.size() - 1, plural(words.get(words.size() - 1)));
                    plurals.add(plural);
                }
            }
            out.put(name, new WordSet(name, phrases, plurals));
        }
        return out;
    }

    /** PETRARCH's regular plural: -y to -ies, -s to -es, else -s. */
    private static String plural(String w) {
        if (w.endsWith("y")) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1) + "es";
        }
        return w + "s";
    }

    /** The members of a set with included sets expanded; a member ending in '_' takes no plural. */
    private static List<String> expand(String name, Map<String, List<String>> raw, Set<String> noPlural,
            Set<String> visiting, String sourceName) {
        if (!visiting.add(name)) {
            throw new IllegalArgumentException(sourceName + ": word set &" + name + " includes itself");
        }
        List<String> out = new ArrayList<>();
        for (String member : raw.get(name)) {
            if (member.startsWith("&")) {
                String other;
                try {
                    other = setName(member);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(sourceName + ": word set &" + name + ": " + e.getMessage(), e);
                }
                if (!raw.containsKey(other)) {
                    throw new IllegalArgumentException(sourceName + ": word set &" + name + " includes &" + other
                            + ", which is not defined");
                }
                out.addAll(expand(other, raw, noPlural, visiting, sourceName));
            } else {
                out.add(noPlural.contains(name) && !member.endsWith("_") ? member + "_" : member);
            }
        }
        visiting.remove(name);
        return out;
    }

    /** The name of a block line {@code --- NAME [CODE] ---}. */
    private static String blockName(String text) {
        String t = text.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        int b = t.indexOf('[');
        String name = (b >= 0 ? t.substring(0, b) : t).strip().replaceAll("\\s+", "_");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("block line without a name: " + text);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** The first bracketed code of a line (a block line may list a second, unused one). */
    private static Optional<CodePair> firstCode(String text) {
        int open = text.indexOf('[');
        int close = text.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return Optional.empty();
        }
        return Optional.of(CodePair.parse(text.substring(open + 1, close)));
    }

    /**
     * A verb line: {@code WORD}, {@code WORD {FORM FORM}}, {@code WORD [CODE]}, {@code +MULTI_WORD},
     * {@code PRE_+VERB}; the forms in braces become triggers of their own.
     */
    private static List<TriggerPhrase> verbs(String text) {
        Optional<CodePair> own = Optional.empty();
        String t = text;
        int open = t.indexOf('[');
        if (open >= 0) {
            int close = t.indexOf(']', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in verb line: " + text);
            }
            own = Optional.of(CodePair.parse(t.substring(open + 1, close)));
            t = t.substring(0, open) + t.substring(close + 1);
        }
        List<String> forms = new ArrayList<>();
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int close = t.indexOf('}', brace);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' in verb line: " + text);
            }
            forms.addAll(Arrays.asList(t.substring(brace + 1, close).strip().split("\\s+")));
            t = t.substring(0, brace) + t.substring(close + 1);
        }
        List<TriggerPhrase> out = new ArrayList<>();
        String main = t.strip();
        if (main.isEmpty()) {
            throw new IllegalArgumentException("verb line without a verb: " + text);
        }
        out.add(trigger(main, own));
        for (String f : forms) {
            if (!f.isBlank()) {
                TriggerPhrase p = trigger(f, own);
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** {@code CORDON_OFF}, {@code +CORDON_OFF}, {@code WIRE_+TAP}, {@code LASH OUT}. */
    private static TriggerPhrase trigger(String written, Optional<CodePair> own) {
        String[] parts = written.strip().split("[\\s_]+");
        List<String> words = new ArrayList<>();
        int head = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.equals("+")) {
                continue;
            }
            if (p.startsWith("+")) {
                head = words.size();
                p = p.substring(1);
            }
            words.add(p.toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("verb '" + written + "' has no word");
        }
        if (words.size() > head + 1 && BE.contains(words.get(head))) {
            // "+IS_DETERMINED": the participle carries the meaning and heads the phrase in the parse;
            // the copula would make every sentence with "is" a candidate
            head = head + 1;
        }
        return new TriggerPhrase(words, head, TriggerPhrase.Kind.VERB, own);
    }

    private record RawPattern(String text, String code, String where, String note) {
    }

    private static final class Block {
        final String name;
        final CodePair code;
        final String where;
        final List<TriggerPhrase> verbs = new ArrayList<>();
        final List<RawPattern> patterns = new ArrayList<>();

        Block(String name, CodePair code, String where) {
            this.name = name;
            this.code = code;
            this.where = where;
        }

        VerbBlock build(Set<String> setNames, List<String> warnings) {
            List<org.dyad.coding.Pattern> ps = new ArrayList<>();
            for (RawPattern raw : patterns) {
                if (raw.code().strip().equals("+++")) {
                    warnings.add(raw.where() + ": pattern skipped: code [+++] (TABARI's complex-phrase coding, which "
                            + "neither PETRARCH nor Dyad implements)");
                    continue;
                }
                try {
                    ps.add(org.dyad.coding.Pattern.parse(raw.text(), CodePair.parse(raw.code()), setNames, raw.where(),
                            raw.note(), true));
                } catch (IllegalArgumentException e) {
                    warnings.add(raw.where() + ": pattern skipped: " + e.getMessage());
                }
            }
            return new VerbBlock(name, code, verbs, ps, List.of(), where);
        }
    }
}
