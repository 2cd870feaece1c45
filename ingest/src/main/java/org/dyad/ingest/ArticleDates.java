package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the article dates that news files carry: {@code 2022-01-28}, {@code 20220128},
 * {@code 2022-01-28 20:30:26Z}, ISO date-times with offsets, and epoch seconds or milliseconds.
 * Only the calendar date is kept, in the timestamp's own offset (UTC when none is given).
 */
final class ArticleDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

    private ArticleDates() {
    }

    static Optional<LocalDate> parse(String raw) {
        String s = raw.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (EPOCH.matcher(s).matches()) {
                long v = Long.parseLong(s);
                Instant i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return Optional.of(LocalDate.ofInstant(i, ZoneOffset.UTC));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
