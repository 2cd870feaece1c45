package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened: the date (the first day of the week, month or year when the precision is
 * coarser than a day), its precision, and the text that gave it ({@code ""} when the article date
 * was used).
 */
public record EventDate(LocalDate date, DatePrecision precision, String text) {
    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Checks.text(text, "date text");
    }

    /** The article's own date, used when the text names no time for the event. */
    public static EventDate ofArticle(LocalDate articleDate) {
        return new EventDate(articleDate, DatePrecision.DAY, "");
    }
}
