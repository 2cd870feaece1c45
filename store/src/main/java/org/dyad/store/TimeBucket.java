package org.dyad.store;

import java.util.Locale;

/** The width of a timeline's bars: a day, an ISO week (from Monday) or a calendar month. */
public enum TimeBucket {
    DAY("e.event_date"),
    WEEK("CAST(date_trunc('week', e.event_date) AS DATE)"),
    MONTH("CAST(date_trunc('month', e.event_date) AS DATE)");

    /** The SQL expression of the first day of an event's bucket; fixed text, never from a request. */
    final String sql;

    TimeBucket(String sql) {
        this.sql = sql;
    }

    /** {@code day}, {@code week} or {@code month}. */
    public static TimeBucket parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        for (TimeBucket b : values()) {
            if (b.name().equals(n)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown time bucket '" + name + "'; use day, week or month");
    }
}
