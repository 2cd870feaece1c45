package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the pattern language shared by Dyad's and PETRARCH's verb dictionaries: elements separated
 * by blanks (other words may come between them) or {@code _} (they are consecutive), {@code *} for
 * the trigger, {@code $ + % ^}, word sets {@code &NAME}, noun phrases in braces and prepositional
 * phrases in parentheses. Words are kept in lower case. Stateless.
 */
final class PatternParser {
    private final Set<String> setNames;

    /** A parser that knows these word-set names (upper case, without {@code &}). */
    PatternParser(Set<String> setNames) {
        this.setNames = Set.copyOf(setNames);
    }

    private enum Kind { OPEN_PAREN, CLOSE_PAREN, OPEN_BRACE, CLOSE_BRACE, WORD }

    private record Atom(Kind kind, String text, boolean glued) {
    }

    /**
     * Parses a pattern's text (without its code).
     *
     * @throws IllegalArgumentException naming the problem, e.g. an unbalanced bracket or an
     *     undefined word set
     */
    List<PatternItem> parse(String text) {
        List<Atom> atoms = atoms(text);
        int[] at = {0};
        List<PatternItem> items = sequence(atoms, at, null, text);
        if (at[0] != atoms.size()) {
            throw new IllegalArgumentException("unbalanced '" + atoms.get(at[0]).text() + "' in pattern '" + text + "'");
        }
        return items;
    }

    private List<PatternItem> sequence(List<Atom> atoms, int[] at, Kind closer, String text) {
        List<PatternItem> out = new ArrayList<>();
        while (at[0] < atoms.size()) {
            Atom a = atoms.get(at[0]);
            if (a.kind() == Kind.CLOSE_PAREN || a.kind() == Kind.CLOSE_BRACE) {
                if (a.kind() != closer) {
                    throw new IllegalArgumentException("unexpected '" + a.text() + "' in pattern '" + text + "'");
                }
                at[0]++;
                return out;
            }
            at[0]++;
            boolean glued = a.glued() && !out.isEmpty();
            switch (a.kind()) {
                case WORD -> element(a.text(), glued, out, text);
                case OPEN_PAREN -> {
                    if (at[0] >= atoms.size() || atoms.get(at[0]).kind() != Kind.WORD) {
                        throw new IllegalArgumentException("'(' must be followed by a preposition in pattern '" + text
                                + "'");
                    }
                    String prep = atoms.get(at[0]++).text().toLowerCase(Locale.ROOT);
                    List<PatternItem> object = sequence(atoms, at, Kind.CLOSE_PAREN, text);
                    out.add(new PatternItem(new PatternElement.Prepositional(prep, object), glued));
                }
                case OPEN_BRACE -> {
                    List<PatternItem> words = sequence(atoms, at, Kind.CLOSE_BRACE, text);
                    if (words.isEmpty()) {
                        throw new IllegalArgumentException("empty {} in pattern '" + text + "'");
                    }
                    List<PatternElement> modifiers = new ArrayList<>();
                    for (PatternItem w : words) {
                        if (!(w.element() instanceof PatternElement.Word) && !(w.element() instanceof PatternElement.WordSet)) {
                            throw new IllegalArgumentException("a noun phrase {...} holds only words and word sets, not '"
                                    + w.element().text() + "', in pattern '" + text + "'");
                        }
                        modifiers.add(w.element());
                    }
                    PatternElement head = modifiers.remove(modifiers.size() - 1);
                    out.add(new PatternItem(new PatternElement.NounPhrase(modifiers, head), glued));
                }
                default -> throw new IllegalStateException(a.kind().toString());
            }
        }
        if (closer != null) {
            throw new IllegalArgumentException("missing '" + (closer == Kind.CLOSE_PAREN ? ")" : "}") + "' in pattern '"
                    + text + "'");
        }
        return out;
    }

    private void element(String word, boolean glued, List<PatternItem> out, String text) {
        switch (word) {
            case "*" -> out.add(new PatternItem(new PatternElement.Verb(), glued));
            case "$" -> out.add(new PatternItem(new PatternElement.Source(), glued));
            case "+" -> out.add(new PatternItem(new PatternElement.Target(), glued));
            case "%" -> out.add(new PatternItem(new PatternElement.Compound(), glued));
            case "^" -> out.add(new PatternItem(new PatternElement.Skip(), glued));
            default -> {
                if (word.startsWith("&")) {
                    String name = word.substring(1).toUpperCase(Locale.ROOT);
                    if (!setNames.contains(name)) {
                        throw new IllegalArgumentException("word set &" + name + " is not defined (pattern '" + text
                                + "'); define it before the patterns that use it");
                    }
                    out.add(new PatternItem(new PatternElement.WordSet(name), glued));
                } else {
                    out.add(new PatternItem(new PatternElement.Word(word.toLowerCase(Locale.ROOT)), glued));
                }
            }
        }
    }

    /** Splits the text into brackets and words, each word knowing whether it is glued to the previous one. */
    private List<Atom> atoms(String raw) {
        // "IN_ *" is an old way of writing "IN *"; a trailing '_' glues to nothing
        String text = raw.strip().replaceAll("_+(\\s|$)", "$1");
        List<Atom> out = new ArrayList<>();
        for (String chunk : text.split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            boolean glued = false;
            for (String part : splitUnderscores(chunk)) {
                if (part.isEmpty()) {
                    glued = true;
                    continue;
                }
                int b = 0;
                while (b < part.length() && (part.charAt(b) == '(' || part.charAt(b) == '{')) {
                    out.add(new Atom(part.charAt(b) == '(' ? Kind.OPEN_PAREN : Kind.OPEN_BRACE, part.substring(b, b + 1),
                            glued));
                    b++;
                }
                int e = part.length();
                while (e > b && (part.charAt(e - 1) == ')' || part.charAt(e - 1) == '}')) {
                    e--;
                }
                if (e > b) {
                    out.add(new Atom(Kind.WORD, part.substring(b, e), glued && b == 0));
                }
                for (int k = e; k < part.length(); k++) {
                    out.add(new Atom(part.charAt(k) == ')' ? Kind.CLOSE_PAREN : Kind.CLOSE_BRACE, part.substring(k, k + 1),
                            false));
                }
                glued = true;
            }
        }
        return out;
    }

    /**
     * Splits a chunk at underscores, except inside the longest defined word-set name it starts with
     * ({@code &FIGHT_OF_WORDS} is one set; {@code &GENINT_CONVENTIONS} is {@code &GENINT} glued to
     * {@code CONVENTIONS} when only {@code GENINT} is defined).
     */
    private List<String> splitUnderscores(String chunk) {
        List<String> parts = new ArrayList<>(List.of(chunk.split("_", -1)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            int amp = p.indexOf('&');
            if (amp >= 0) {
                String name = p.substring(amp + 1);
                int best = i;
                String joined = name;
                for (int j = i + 1; j < parts.size(); j++) {
                    joined = joined + "_" + parts.get(j);
                    if (setNames.contains(stripBrackets(joined).toUpperCase(Locale.ROOT))) {
                        best = j;
                    }
                }
                StringBuilder whole = new StringBuilder(p);
                for (int j = i + 1; j <= best; j++) {
                    whole.append('_').append(parts.get(j));
                }
                out.add(whole.toString());
                i = best;
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String stripBrackets(String s) {
        return s.replaceAll("[(){}]", "");
    }
}
