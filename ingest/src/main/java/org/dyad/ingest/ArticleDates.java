package org.dyad.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that news files carry, as sites and feeds write them: ISO 8601 with or
 * without time and zone ({@code 2016-12-05}, {@code 2016-12-05T14:03:00+01:00}), {@code 20161205},
 * {@code 2016/12/05}, {@code 05.12.2016}, {@code 12/05/2016}, RFC 1123 and 2822
 * ({@code Mon, 05 Dec 2016 14:03:00 GMT}), written forms in English with or without weekday, time and
 * zone ({@code December 5, 2016}, {@code 5 Dec. 2016}, {@code 7:58 AM ET, Sat January 3, 2015},
 * {@code Wed Nov 23, 2016 | 4:58pm EST}), and epoch seconds or milliseconds.
 *
 * <p>The date kept is the calendar date as written, in the writer's own zone (a time and zone are
 * read past, not converted); epoch numbers are dates in UTC. A numeric date whose day and month could
 * be either ({@code 05/12/2016}) is read in the {@link Order} given: by default month first with
 * slashes, as in the United States, and day first with dots and dashes, as in Europe. A pattern of
 * {@link DateTimeFormatter} given by the user is tried before all of these. A date after tomorrow is
 * refused unless future dates are allowed: an article cannot be published later than it is read, so
 * such a date is a typo or a placeholder.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleDates {
    /** How a numeric date whose first two numbers could each be the day is read. */
    public enum Order {
        /** Month first with slashes ({@code 12/05/2016}), day first with dots and dashes ({@code 05.12.2016}). */
        DEFAULT,
        /** Day first: {@code 05/12/2016} is the 5th of December. */
        DMY,
        /** Month first: {@code 05/12/2016} is the 12th of May. */
        MDY
    }

    /** What reading a date gave: the date, or why there is none. */
    public record Reading(Optional<LocalDate> date, String problem) {
        public Reading {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(problem, "problem");
        }

        static Reading of(LocalDate d) {
            return new Reading(Optional.of(d), "");
        }

        static Reading refused(String problem) {
            return new Reading(Optional.empty(), problem);
        }
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[T ]|\\s*$)[\\d:.,]*\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[\\w/+-]+])?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T\\d{2}(?:\\d{2}){0,2}Z?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EPOCH = Pattern.compile("(\\d{9,13})(?:\\.\\d+)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");

    /** Labels sites put before a date, read past. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:last\\s+updated|updated|published|posted|modified|first\\s+published|date|dated)\\s*(?:on|at)?\\s*:?\\s*");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?=\\W|$)"
                    + "|\\b\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)(?=\\W|$)"
                    // the Guardian's "15.03 GMT": a time with a dot, known by what follows it
                    + "|\\b\\d{1,2}\\.\\d{2}(?=\\s*(?:a\\.?m|p\\.?m|gmt|bst|utc|cet|cest|et|est|edt)\\b)");
    private static final Pattern OFFSET = Pattern.compile("\\b(?:gmt|utc)\\s?[+-]\\d{1,2}(?::?\\d{2})?\\b"
            + "|(?<![\\w.-])[+-]\\d{2}:?\\d{2}\\b|\\([a-z ]+\\)");
    private static final Pattern ZONE = Pattern.compile("\\b(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|akdt|hst"
            + "|gmt|utc|ut|z|cet|cest|bst|ist|jst|kst|msk|eet|eest|wet|west|aest|aedt|acst|awst|nzst|nzdt|hkt|sgt|pht"
            + "|wib|pkt|sast|eat|wat|brt|art|ict)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\b\\.?");
    private static final Pattern FILLER = Pattern.compile("\\b(?:at|on|the|of)\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Map<String, Integer> MONTHS = months();

    private final Optional<DateTimeFormatter> format;
    private final Order order;
    private final boolean allowFuture;
    private final Clock clock;

    /**
     * @param format a pattern of {@link DateTimeFormatter} tried before the built-in forms, if given
     * @param order how ambiguous numeric dates are read
     * @param allowFuture whether dates after tomorrow are accepted
     * @param clock what "tomorrow" is measured from
     */
    public ArticleDates(Optional<String> format, Order order, boolean allowFuture, Clock clock) {
        this.format = Objects.requireNonNull(format, "format").map(ArticleDates::formatter);
        this.order = Objects.requireNonNull(order, "order");
        this.allowFuture = allowFuture;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The built-in forms, the default order, future dates refused, measured from the system clock. */
    public static ArticleDates standard() {
        return new ArticleDates(Optional.empty(), Order.DEFAULT, false, Clock.systemDefaultZone());
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--date-format '" + pattern + "' is not a date pattern ("
                    + e.getMessage() + "); write it as Java's DateTimeFormatter does, e.g. 'dd MMM yyyy HH:mm'", e);
        }
    }

    /** Reads a date, or says why it cannot. */
    public Reading read(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return Reading.refused("the date is empty");
        }
        Optional<LocalDate> d;
        try {
            d = parse(s);
        } catch (DateTimeException e) {
            return Reading.refused("'" + raw + "' is not a valid date (" + e.getMessage() + ")");
        }
        if (d.isEmpty()) {
            return Reading.refused("'" + raw + "' is not a date Dyad reads; dates such as 2022-01-28, Jan 28, 2022,"
                    + " 28 January 2022, 01/28/2022, 28.01.2022, RFC 1123 and epoch seconds are read, and"
                    + " --date-format PATTERN reads others");
        }
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        if (!allowFuture && d.get().isAfter(tomorrow)) {
            return Reading.refused("'" + raw + "' gives " + d.get() + ", after tomorrow (" + tomorrow + "): a future"
                    + " publication date is a typo or a placeholder; pass --allow-future-dates to keep it");
        }
        return Reading.of(d.get());
    }

    /** The date of a string, when it is one of the forms read. */
    Optional<LocalDate> parse(String s) {
        if (format.isPresent()) {
            Optional<LocalDate> custom = custom(s);
            if (custom.isPresent()) {
                return custom;
            }
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return Optional.of(date(m.group(1), m.group(2), m.group(3)));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return Optional.of(date(m.group(1), m.group(2), m.group(3)));
        }
        m = EPOCH.matcher(s);
        if (m.matches()) {
            String digits = m.group(1);
            long v = Long.parseLong(digits);
            Instant i = digits.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return Optional.of(LocalDate.ofInstant(i, ZoneOffset.UTC));
        }
        return written(s);
    }

    private Optional<LocalDate> custom(String s) {
        try {
            TemporalAccessor t = format.orElseThrow().parse(s);
            if (t.isSupported(ChronoField.EPOCH_DAY)) {
                return Optional.of(LocalDate.ofEpochDay(t.getLong(ChronoField.EPOCH_DAY)));
            }
            if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(t.getLong(ChronoField.INSTANT_SECONDS)),
                        ZoneId.of("UTC")));
            }
        } catch (DateTimeParseException e) {
            // not in the user's form: the built-in forms are tried next
        }
        return Optional.empty();
    }

    /** A date written with words or separators, once labels, weekdays, times and zones are read past. */
    private Optional<LocalDate> written(String raw) {
        String t = raw.toLowerCase(Locale.ROOT).replace('|', ' ').replace('\u00b7', ' ').replace('\u2022', ' ')
                .replace('\u2013', ' ').replace('\u2014', ' ').replace('\u00a0', ' ').strip();
        t = t.replaceAll("(\\d)t(\\d)", "$1 $2");
        t = LABEL.matcher(t).replaceFirst("");
        t = TIME.matcher(t).replaceAll(" ");
        t = OFFSET.matcher(t).replaceAll(" ");
        t = ZONE.matcher(t).replaceAll(" ");
        t = WEEKDAY.matcher(t).replaceAll(" ");
        t = FILLER.matcher(t).replaceAll(" ");
        t = ORDINAL.matcher(t).replaceAll("$1");
        t = t.replace(',', ' ').replaceAll("\\s+", " ").strip();
        while (t.endsWith(".") || t.endsWith("-") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return Optional.of(date(m.group(1), m.group(3), m.group(4)));
        }
        m = YEAR_LAST.matcher(t);
        if (m.matches()) {
            return Optional.of(numeric(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(2),
                    year(m.group(4))));
        }
        return withMonthName(t);
    }

    /** {@code day month year}, {@code month day year} or {@code year month day}, the month a word. */
    private Optional<LocalDate> withMonthName(String t) {
        List<String> tokens = new ArrayList<>();
        for (String part : t.split("[\\s/.-]+")) {
            if (!part.isEmpty()) {
                tokens.add(part);
            }
        }
        Integer month = null;
        Integer year = null;
        Integer day = null;
        for (String tok : tokens) {
            Integer mo = MONTHS.get(tok);
            if (mo != null && month == null) {
                month = mo;
            } else if (tok.matches("\\d{4}") && year == null) {
                year = Integer.parseInt(tok);
            } else if (tok.matches("\\d{1,2}") && day == null) {
                day = Integer.parseInt(tok);
            } else if (tok.matches("\\d{2}") && year == null) {
                year = year(tok); // "05-Dec-16", as RFC 850 writes it
            } else {
                return Optional.empty(); // a word or number that no date form has
            }
        }
        if (month == null || year == null || day == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** A numeric date with the day and month in an order to be decided. */
    private LocalDate numeric(int first, int second, String separator, int year) {
        boolean dayFirst;
        if (first > 12) {
            dayFirst = true;
        } else if (second > 12) {
            dayFirst = false;
        } else {
            dayFirst = switch (order) {
                case DMY -> true;
                case MDY -> false;
                case DEFAULT -> !separator.equals("/");
            };
        }
        return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
    }

    /** A four-digit year, or a two-digit one in the century that puts it at most a year ahead. */
    private int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) {
            return v;
        }
        int now = LocalDate.now(clock).getYear();
        int candidate = now / 100 * 100 + v;
        return candidate > now + 1 ? candidate - 100 : candidate;
    }

    private static LocalDate date(String y, String m, String d) {
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static Map<String, Integer> months() {
        String[][] names = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
            {"november", "nov"}, {"december", "dec"}};
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                out.put(n, i + 1);
            }
        }
        return Map.copyOf(out);
    }
}
