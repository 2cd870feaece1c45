package org.dyad.actors;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A person whose role the text itself gave: "German intelligence chief Bruno Kahl" is {@code DEUSPY}
 * by the {@code title-name} rule, "Bruno Kahl, Germany's intelligence chief" by {@code appositive}.
 * {@code entry} is the dictionary entry and agents the code was built from; {@code evidence} is the
 * sentence, and tokens {@code [tokenBegin, tokenEnd)} of sentence {@code sentence} the phrase.
 */
public record Discovery(String name, String code, String rule, String entry, String articleId, LocalDate date,
        int sentence, String evidence, int tokenBegin, int tokenEnd) {
    public Discovery {
        if (name == null || name.isBlank() || code == null || code.isBlank()) {
            throw new IllegalArgumentException("a discovery needs a name and a code, was '" + name + "' " + code);
        }
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        if (sentence < 0 || tokenBegin < 0 || tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("discovery of " + name + " has an invalid place: sentence " + sentence
                    + " tokens [" + tokenBegin + ", " + tokenEnd + ")");
        }
    }

    /**
     * The acronym of an organisation's name, lower case: the initials of its capitalised words,
     * "American Motors Corp" {@code amc}, "United Auto Workers" {@code uaw}; empty for a name of
     * fewer than two such words.
     */
    public static java.util.Optional<String> acronymOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return b.length() >= 2 ? java.util.Optional.of(b.toString()) : java.util.Optional.empty();
    }

    /**
     * The surname key of a name's last word, lower case, without an Arabic article: "al-Sudani" and
     * "Sudani" share the key {@code sudani}.
     */
    public static String surnameOf(String lastWord) {
        String w = lastWord.replace('\u2019', '\'');
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1 && dash <= 3) {
            w = w.substring(dash + 1);
        }
        return w.toLowerCase(Locale.ROOT);
    }
}
