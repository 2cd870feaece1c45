package org.dyad.coding;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb pattern: elements before and after the trigger ({@code *}) and the codes it gives when it
 * matches, e.g. {@code * (for {financial aid})} with code {@code 0231}. {@code items} is the whole
 * pattern in text order, the trigger included exactly once; {@code origin} names the file and line
 * it was read from, for provenance; {@code note} is the dictionary's comment on it ({@code ""} for none).
 * {@code exactForms} is true for patterns from PETRARCH files, whose words match only the word form
 * written (and, for word sets, the plurals PETRARCH generates); in Dyad's format a word also matches
 * any form with that lemma ("resolution" matches "resolutions").
 */
public record Pattern(List<PatternItem> items, CodePair code, String origin, String note, boolean exactForms) {
    public Pattern {
        items = List.copyOf(items);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(note, "note: use \"\" for none");
        long verbs = items.stream().filter(i -> i.element() instanceof PatternElement.Verb).count();
        if (verbs != 1) {
            throw new IllegalArgumentException("pattern '" + text(items) + "' has " + verbs
                    + " '*' (the trigger); it needs exactly one");
        }
    }

    /**
     * Reads a pattern written in the pattern language.
     *
     * @param setNames the word sets the pattern may use (upper case, without {@code &})
     * @throws IllegalArgumentException naming the problem, e.g. an unbalanced bracket or an undefined set
     */
    public static Pattern parse(String text, CodePair code, Set<String> setNames, String origin, String note,
            boolean exactForms) {
        return new Pattern(new PatternParser(setNames).parse(text), code, origin, note, exactForms);
    }

    /** Position of the trigger in {@link #items}. */
    public int verbIndex() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).element() instanceof PatternElement.Verb) {
                return i;
            }
        }
        throw new IllegalStateException("checked in the constructor");
    }

    /** The items before the trigger, in text order. */
    public List<PatternItem> before() {
        return items.subList(0, verbIndex());
    }

    /** The items after the trigger, in text order. */
    public List<PatternItem> after() {
        return items.subList(verbIndex() + 1, items.size());
    }

    /** How specific the pattern is: the number of elements besides the trigger, nested ones included. */
    public int specificity() {
        int n = 0;
        for (PatternItem i : items) {
            n += weight(i.element());
        }
        return n;
    }

    private static int weight(PatternElement e) {
        if (e instanceof PatternElement.Verb) {
            return 0;
        }
        if (e instanceof PatternElement.NounPhrase np) {
            return 1 + np.modifiers().size();
        }
        if (e instanceof PatternElement.Prepositional p) {
            int n = 1;
            for (PatternItem i : p.object()) {
                n += weight(i.element());
            }
            return n;
        }
        return 1;
    }

    /** The pattern in the pattern language, as the parsers read it. */
    public String text() {
        return text(items);
    }

    static String text(List<PatternItem> items) {
        StringBuilder b = new StringBuilder();
        for (PatternItem i : items) {
            if (b.length() > 0) {
                b.append(i.glued() ? "_" : " ");
            }
            b.append(i.element().text());
        }
        return b.toString();
    }
}
