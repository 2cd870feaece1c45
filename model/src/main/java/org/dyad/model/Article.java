package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated news article as read from its source. {@code text} is the body that Dyad analyses;
 * all character offsets elsewhere in the model refer to it. {@code title}, {@code url} and
 * {@code source} are {@code ""} when unknown.
 */
public record Article(String id, LocalDate date, String title, String text, String url, String source) {
    public Article {
        Checks.nonBlank(id, "article id");
        Objects.requireNonNull(date, "article date must not be null");
        Checks.text(title, "title");
        Checks.nonBlank(text, "article text");
        Checks.text(url, "url");
        Checks.text(source, "source");
    }

    /** An article with only the fields that coding needs. */
    public static Article of(String id, LocalDate date, String text) {
        return new Article(id, date, "", text, "", "");
    }

    /** The text between two character offsets of the body, checked against its length. */
    public String slice(int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            throw new IndexOutOfBoundsException("span [" + begin + ", " + end + ") outside article " + id
                    + " of length " + text.length());
        }
        return text.substring(begin, end);
    }
}
