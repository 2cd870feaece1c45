package org.dyad.coding;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Sentence;

/**
 * Issue phrases: simple phrase matching that tags a sentence with topics ("nuclear weapons",
 * "refugees"), as PETRARCH's issue files do. A sentence gets each issue code with the number of its
 * phrases found; an exclusion phrase ("olive oil" under OIL) found in a sentence cancels all its
 * issues. Phrases match consecutive words, ignoring case. Immutable and thread-safe.
 */
public final class IssueList {
    /** A phrase that tags a sentence with {@code code} (or, for an exclusion, with nothing). */
    public record Phrase(List<String> words, String code, boolean exclusion, String origin) {
        public Phrase {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("an empty issue phrase at " + origin);
            }
        }
    }

    /** An issue found in a sentence, with how many of its phrases were found there. */
    public record Issue(int sentence, String code, int count) {
    }

    /** An empty list. */
    public static final IssueList NONE = new IssueList(List.of());

    private final List<Phrase> phrases;
    private final PhraseIndex index;

    public IssueList(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        this.index = new PhraseIndex(this.phrases.stream().map(Phrase::words).toList(), new BitSet());
    }

    /** All phrases. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** This list with another's phrases added. */
    public IssueList merge(IssueList other) {
        List<Phrase> all = new ArrayList<>(phrases);
        all.addAll(other.phrases);
        return new IssueList(all);
    }

    /**
     * The issues of a sentence, each phrase found counted once per occurrence, in the order of the
     * list's first phrase found for each code; none when an exclusion phrase is found.
     */
    public List<Issue> find(Sentence s) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PhraseIndex.Match m : index.find(s)) {
            Phrase p = phrases.get(m.phrase());
            if (p.exclusion()) {
                return List.of();
            }
            counts.merge(p.code(), 1, Integer::sum);
        }
        List<Issue> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new Issue(s.index(), code, n)));
        return out;
    }

    /**
     * Reads a PETRARCH issue file: lines {@code phrase [CODE]} inside {@code <ISSUE ...>} sections,
     * where {@code n:word} stands for the noun and its plural, {@code v:word} for the regular verb forms
     * and {@code a+b} for both "a b" and "a-b"; {@code ~phrase} and {@code ~~phrase} are exclusions.
     */
    public static IssueList readPetrarch(Reader reader, String sourceName) throws IOException {
        List<Phrase> out = new ArrayList<>();
        for (CommentedLines.Line line : CommentedLines.read(reader)) {
            int number = line.number();
            String t = line.text();
            if (t.startsWith("<")) {
                continue;
            }
            String where = sourceName + ":" + number;
            boolean exclusion = t.startsWith("~");
            String code = "";
            if (exclusion) {
                t = t.replaceFirst("^~+", "").strip();
            } else {
                int open = t.indexOf('[');
                int close = t.indexOf(']', open + 1);
                if (open < 0 || close < 0) {
                    continue;
                }
                code = t.substring(open + 1, close).strip();
                t = t.substring(0, open).strip();
            }
            for (String form : expand(t.toLowerCase(Locale.ROOT))) {
                List<String> words = List.of(form.strip().split("\\s+"));
                if (!form.isBlank()) {
                    out.add(new Phrase(words, code, exclusion, where));
                }
            }
        }
        return new IssueList(out);
    }

    /**
     * Reads Dyad's issue format: {@code issue CODE phrase | phrase ...} and {@code except phrase | ...}
     * lines; {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the source and line of a line in another form
     */
    public static IssueList readDyad(Reader reader, String sourceName) throws IOException {
        List<Phrase> out = new ArrayList<>();
        for (CommentedLines.Line line : CommentedLines.read(reader)) {
            int number = line.number();
            String t = line.text();
            String where = sourceName + ":" + number;
            String[] kv = t.split("\\s+", 2);
            String code = "";
            String list;
            if (kv[0].equals("issue") && kv.length > 1) {
                String[] cv = kv[1].split("\\s+", 2);
                if (cv.length < 2) {
                    throw new IllegalArgumentException(where + ": 'issue' needs a code and phrases: issue CODE a | b");
                }
                code = cv[0];
                list = cv[1];
            } else if (kv[0].equals("except") && kv.length > 1) {
                list = kv[1];
            } else {
                throw new IllegalArgumentException(where + ": expected 'issue CODE phrases' or 'except phrases', got '"
                        + t + "'");
            }
            for (String p : list.split("\\|")) {
                String phrase = p.strip().toLowerCase(Locale.ROOT);
                if (!phrase.isEmpty()) {
                    out.add(new Phrase(List.of(phrase.split("\\s+")), code, code.isEmpty(), where));
                }
            }
        }
        return new IssueList(out);
    }

    /** Writes the list in Dyad's issue format, as {@link #readDyad} reads it. */
    public void writeDyad(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        List<String> except = new ArrayList<>();
        for (Phrase p : phrases) {
            if (p.exclusion()) {
                except.add(String.join(" ", p.words()));
            } else {
                byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(String.join(" ", p.words()));
            }
        }
        for (var e : byCode.entrySet()) {
            List<String> l = e.getValue();
            for (int i = 0; i < l.size(); i += 12) {
                out.write("issue " + e.getKey() + " " + String.join(" | ", l.subList(i, Math.min(l.size(), i + 12)))
                        + "\n");
            }
        }
        for (int i = 0; i < except.size(); i += 12) {
            out.write("except " + String.join(" | ", except.subList(i, Math.min(except.size(), i + 12))) + "\n");
        }
    }

    /** The written forms of a phrase with its {@code n:}, {@code v:} and {@code +} expansions. */
    static List<String> expand(String phrase) {
        List<String> forms = new ArrayList<>(List.of(phrase));
        for (boolean changed = true; changed;) {
            changed = false;
            List<String> next = new ArrayList<>();
            for (String f : forms) {
                int plus = f.indexOf('+');
                int n = f.indexOf("n:");
                int v = f.indexOf("v:");
                if (plus >= 0) {
                    next.add(f.substring(0, plus) + " " + f.substring(plus + 1));
                    next.add(f.substring(0, plus) + "-" + f.substring(plus + 1));
                    changed = true;
                } else if (n >= 0 && (n == 0 || !Character.isLetter(f.charAt(n - 1)))) {
                    String head = f.substring(0, n);
                    String rest = f.substring(n + 2);
                    String word = rest.split("\\s+", 2)[0];
                    String tail = rest.substring(word.length());
                    next.add(head + word + tail);
                    next.add(head + plural(word) + tail);
                    changed = true;
                } else if (v >= 0 && (v == 0 || !Character.isLetter(f.charAt(v - 1)))) {
                    String head = f.substring(0, v);
                    String rest = f.substring(v + 2);
                    String word = rest.split("\\s+", 2)[0];
                    String tail = rest.substring(word.length());
                    next.add(head + word + tail);
                    next.add(head + word + "s" + tail);
                    if (word.endsWith("e")) {
                        next.add(head + word + "d" + tail);
                        next.add(head + word.substring(0, word.length() - 1) + "ing" + tail);
                    } else {
                        next.add(head + word + "ed" + tail);
                        next.add(head + word + "ing" + tail);
                    }
                    changed = true;
                } else {
                    next.add(f);
                }
            }
            forms = next;
        }
        return forms.stream().map(f -> f.replaceAll("\\s+", " ").strip()).distinct().toList();
    }

    private static String plural(String w) {
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        return w + "s";
    }
}
