package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Dyad's recognizer of the date expressions that date events, over the tokens of a sentence, with
 * values normalised against the article date in TIMEX3 form: days ({@code 2022-01-26}), ISO weeks
 * ({@code 2022-W04}, weekends {@code 2022-W04-WE}), months ({@code 2022-01}) and years ({@code 2022}).
 *
 * <p>What it recognizes, longest match first:
 * <ul>
 *   <li>calendar dates: "January 26", "Jan. 26, 2022", "26 January 2022", "January 2022", ISO "2022-01-26";
 *   <li>weekdays and months with at most one modifier ("on Friday", "last Monday", "in December"),
 *       valued by {@link RelativeDates}, a weekday optionally followed by a part of the day
 *       ("Monday night");
 *   <li>"today", "tonight", "yesterday", "tomorrow", "this morning", "last night";
 *   <li>"this/last/next week, weekend, month, year", optionally after "earlier" or "later";
 *   <li>"three days ago", "a week ago", "two years ago";
 *   <li>years: a four-digit number from 1900 to 2099 that no common noun follows ("in 2019", not
 *       "2000 troops").
 * </ul>
 * Durations, sets and vague references ("recently", "for two years", "every week") are not dates of
 * events and are left out. A bare day or month takes the article's year; the event coder moves it
 * by the tense of the verb ({@code EventDater}).
 *
 * <p>Why Dyad has its own: CoreNLP's SUTime covers far more, but costs more than the dependency
 * parser on news text and keeps state between documents (see {@link RelativeDates}); the expressions
 * above are the ones an event is dated by. Stateless and thread-safe.
 */
public final class DateFinder {
    private static final Map<String, Month> MONTHS = months();
    // compiled once: the recognizer looks at every token of every sentence
    private static final Pattern ISO_DAY = Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> UNITS = Set.of("week", "weekend", "month", "year");
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("several", -1), Map.entry("few", -1));

    /** The date expressions of a sentence of an article, in textual order, none overlapping. */
    public List<TimeExpression> find(Article article, Sentence s) {
        LocalDate articleDate = article.date();
        List<TimeExpression> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match> m = match(tokens, i, articleDate);
            if (m.isPresent() && m.get().value.isEmpty()) {
                i = m.get().end; // a calendar date that names no day, such as "February 30"
            } else if (m.isPresent()) {
                Match x = m.get();
                int begin = tokens.get(x.begin).begin();
                int end = tokens.get(x.end - 1).end();
                out.add(new TimeExpression(s.index(), x.begin, x.end, begin, end, article.slice(begin, end), "DATE",
                        x.value));
                i = x.end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A matched expression: tokens {@code [begin, end)} and its value, empty when it names no date. */
    private record Match(int begin, int end, String value) {
    }

    private static Optional<Match> match(List<Token> t, int i, LocalDate date) {
        String w = lower(t, i);
        Optional<Match> m = calendar(t, i, date);
        if (m.isPresent()) {
            return m;
        }
        m = weekdayOrMonth(t, i, date);
        if (m.isPresent()) {
            return m;
        }
        switch (w) {
            case "today", "tonight" -> {
                return Optional.of(new Match(i, i + 1, date.toString()));
            }
            case "yesterday" -> {
                return Optional.of(new Match(i, i + 1, date.minusDays(1).toString()));
            }
            case "tomorrow" -> {
                return Optional.of(new Match(i, i + 1, date.plusDays(1).toString()));
            }
            default -> {
                // handled below
            }
        }
        if (w.equals("this") && PARTS_OF_DAY.contains(lower(t, i + 1)) && !lower(t, i + 1).equals("night")) {
            return Optional.of(new Match(i, i + 2, date.toString()));
        }
        if (w.equals("last") && lower(t, i + 1).equals("night")) {
            return Optional.of(new Match(i, i + 2, date.minusDays(1).toString()));
        }
        m = relativeUnit(t, i, date);
        if (m.isPresent()) {
            return m;
        }
        m = ago(t, i, date);
        if (m.isPresent()) {
            return m;
        }
        return year(t, i);
    }

    /** "January 26", "Jan. 26, 2022", "26 January 2022", "January 2022", "2022-01-26". */
    private static Optional<Match> calendar(List<Token> t, int i, LocalDate date) {
        String w = lower(t, i);
        if (ISO_DAY.matcher(w).matches()) {
            return valid(i, i + 1, w);
        }
        Month month = MONTHS.get(w);
        if (month != null && !(w.equals("may") && !t.get(i).word().equals("May"))
                && !(w.equals("march") && !t.get(i).word().equals("March"))) {
            int day = day(lower(t, i + 1));
            if (day > 0) {
                int end = i + 2;
                int year = date.getYear();
                int after = lower(t, end).equals(",") ? end + 1 : end;
                int y = year(lower(t, after));
                if (y > 0) {
                    year = y;
                    end = after + 1;
                }
                return valid(i, end, iso(year, month, day));
            }
            int y = year(lower(t, i + 1));
            if (y > 0) {
                return Optional.of(new Match(i, i + 2, String.format(Locale.ROOT, "%04d-%02d", y,
                        month.getValue())));
            }
            return Optional.empty();
        }
        int day = day(w);
        Month after = MONTHS.get(lower(t, i + 1));
        if (day > 0 && after != null && Character.isUpperCase(t.get(i + 1).word().charAt(0))) {
            int y = year(lower(t, i + 2));
            return y > 0 ? valid(i, i + 3, iso(y, after, day)) : valid(i, i + 2, iso(date.getYear(), after, day));
        }
        return Optional.empty();
    }

    /** A weekday or month name with at most one modifier before it, as {@link RelativeDates} values it. */
    private static Optional<Match> weekdayOrMonth(List<Token> t, int i, LocalDate date) {
        String w = lower(t, i);
        boolean modifier = RelativeDates.WEEKDAY_MODIFIERS.contains(w) || RelativeDates.MONTH_MODIFIERS.contains(w);
        if (modifier) {
            Optional<Match> c = calendar(t, i + 1, date); // "in March 2021", "on January 26"
            if (c.isPresent()) {
                return c;
            }
        }
        int name = modifier ? i + 1 : i;
        String n = lower(t, name);
        boolean weekday = WEEKDAYS.contains(n) && (!modifier || RelativeDates.WEEKDAY_MODIFIERS.contains(w));
        boolean month = MONTHS.containsKey(n) && Character.isUpperCase(t.get(name).word().charAt(0))
                && (!modifier || RelativeDates.MONTH_MODIFIERS.contains(w));
        if (!weekday && !month) {
            return Optional.empty();
        }
        if (month && (n.equals("may") || n.equals("march")) && !modifier) {
            return Optional.empty();
        }
        // "on" belongs to the weekday's phrase but not to its text, as in CoreNLP's recognizer
        int begin = w.equals("on") ? name : i;
        StringBuilder text = new StringBuilder();
        for (int k = begin; k <= name; k++) {
            text.append(k > begin ? " " : "").append(t.get(k).word());
        }
        Optional<String> value = RelativeDates.value(text.toString(), date, t, begin);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int end = name + 1;
        if (weekday && PARTS_OF_DAY.contains(lower(t, end))) {
            end++;
        }
        return Optional.of(new Match(begin, end, value.get()));
    }

    /** "this week", "earlier this month", "last year", "next weekend", "later this year". */
    private static Optional<Match> relativeUnit(List<Token> t, int i, LocalDate date) {
        int k = i;
        if (lower(t, k).equals("earlier") || lower(t, k).equals("later")) {
            k++;
        }
        String which = lower(t, k);
        String unit = lower(t, k + 1);
        if (!(which.equals("this") || which.equals("last") || which.equals("next") || which.equals("past"))
                || !UNITS.contains(unit)) {
            return Optional.empty();
        }
        if (which.equals("past") && !unit.equals("weekend")) {
            return Optional.empty(); // "the past week" is a duration
        }
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        String value = switch (unit) {
            case "week" -> week(date.plusWeeks(shift));
            case "weekend" -> week(date.plusWeeks(shift)) + "-WE";
            case "month" -> {
                LocalDate d = date.plusMonths(shift);
                yield String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> String.format(Locale.ROOT, "%04d", date.getYear() + shift);
        };
        return Optional.of(new Match(i, k + 2, value));
    }

    /** "three days ago", "a week ago". */
    private static Optional<Match> ago(List<Token> t, int i, LocalDate date) {
        Integer count = COUNTS.get(lower(t, i));
        if (count == null && SMALL_NUMBER.matcher(lower(t, i)).matches()) {
            count = Integer.parseInt(lower(t, i));
        }
        String unit = lower(t, i + 1);
        if (count == null || count < 0 || !lower(t, i + 2).equals("ago")) {
            return Optional.empty();
        }
        String value = switch (unit) {
            case "day", "days" -> date.minusDays(count).toString();
            case "week", "weeks" -> week(date.minusWeeks(count));
            case "month", "months" -> {
                LocalDate d = date.minusMonths(count);
                yield String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            }
            case "year", "years" -> String.format(Locale.ROOT, "%04d", date.getYear() - count);
            default -> "";
        };
        return value.isEmpty() ? Optional.empty() : Optional.of(new Match(i, i + 3, value));
    }

    /** A year on its own: "in 2019", "the 2022 election", not "2000 troops". */
    private static Optional<Match> year(List<Token> t, int i) {
        int y = year(lower(t, i));
        if (y < 0 || !t.get(i).pos().equals("CD")) {
            return Optional.empty();
        }
        String next = i + 1 < t.size() ? t.get(i + 1).pos() : "";
        if (next.equals("NNS") || next.equals("NN") && !lower(t, i - 1).equals("the")) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, i + 1, Integer.toString(y)));
    }

    private static Optional<Match> valid(int begin, int end, String iso) {
        try {
            LocalDate.parse(iso);
            return Optional.of(new Match(begin, end, iso));
        } catch (java.time.DateTimeException e) {
            return Optional.of(new Match(begin, end, "")); // "February 30" names no day
        }
    }

    private static String iso(int year, Month month, int day) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month.getValue(), day);
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A day of the month written as a number ("26", "26th"), else -1. */
    private static int day(String w) {
        Matcher m = DAY_OF_MONTH.matcher(w);
        if (!m.matches()) {
            return -1;
        }
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** A year from 1900 to 2099 written as four digits, else -1. */
    private static int year(String w) {
        return YEAR.matcher(w).matches() ? Integer.parseInt(w) : -1;
    }

    private static String lower(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    private static Map<String, Month> months() {
        Map<String, Month> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            m.put(name, month);
            m.put(name.substring(0, 3) + ".", month);
        }
        m.put("sept.", Month.SEPTEMBER);
        return Map.copyOf(m);
    }
}
