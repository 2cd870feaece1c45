package org.dyad.coding;

import java.util.List;
import java.util.Locale;

/**
 * A named set of words and phrases ({@code &CURRENCY}: dollar, euro, swiss franc, ...), usable
 * wherever a pattern names a word. Each phrase is a run of consecutive lower-case words; sets that
 * other sets include are already expanded. {@code extraForms} are further written forms that only
 * patterns matching exact word forms need: the plurals PETRARCH generates for its sets.
 */
public record WordSet(String name, List<List<String>> phrases, List<List<String>> extraForms) {
    public WordSet {
        if (name == null || name.isBlank() || !name.equals(name.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("word set name '" + name + "' must be upper case");
        }
        phrases = phrases.stream().map(List::copyOf).toList();
        extraForms = extraForms.stream().map(List::copyOf).toList();
        for (List<String> p : phrases) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("word set " + name + " has an empty phrase");
            }
        }
    }

    /** A set whose phrases are all its forms. */
    public WordSet(String name, List<List<String>> phrases) {
        this(name, phrases, List.of());
    }
}
