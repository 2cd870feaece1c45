package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Token;

/**
 * Deterministic values for bare weekday and month names ("on Thursday", "last Monday", "in
 * December"), computed from the article date and the tense around the expression.
 *
 * <p>CoreNLP's SUTime resolves these with a direction it keeps in shared state between documents, so
 * the same sentence of the same article can get a different date depending on what the process
 * analysed before (CoreNLP issue 1061); {@link DateFinder} uses these values instead: news uses a bare weekday for the most
 * recent such day (the article's own day included) and a bare month for the most recent such month,
 * unless a future marker (will, would, 'll, shall, going to, scheduled, due, plans, next) stands
 * within {@value #WINDOW} tokens before the expression, in which case the next one is meant; "last"
 * and "next" decide by themselves, "this" names the article's week or year. Stateless.
 */
final class RelativeDates {
    static final int WINDOW = 6;
    /** Words that may precede a weekday name in an expression this class values ("last Monday"). */
    static final Set<String> WEEKDAY_MODIFIERS = Set.of("on", "last", "this", "next", "past", "coming");
    /** Words that may precede a month name in an expression this class values ("in December"). */
    static final Set<String> MONTH_MODIFIERS = Set.of("in", "last", "this", "next", "since", "until", "by", "early",
            "late", "mid");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(" + String.join("|", WEEKDAY_MODIFIERS) + ")\\s+)?("
            + names(DayOfWeek.values()) + ")");
    private static final Pattern MONTH = Pattern.compile("(?:(" + String.join("|", MONTH_MODIFIERS) + ")[\\s-]+)?("
            + names(Month.values()) + ")");
    private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "shall", "going", "scheduled", "due",
            "plans", "plan", "planned", "expected", "set", "upcoming");

    private RelativeDates() {
    }

    /** The lower-case names of the constants, as a regular-expression alternation. */
    private static String names(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * The value of a time expression whose text is a weekday or month name with at most one
     * modifier, or empty for any other expression.
     */
    static Optional<String> value(String text, LocalDate articleDate, List<Token> tokens, int tokenBegin) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher w = WEEKDAY.matcher(t);
        if (w.matches()) {
            DayOfWeek day = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
            String mod = w.group(1) == null ? "" : w.group(1);
            LocalDate d = switch (mod) {
                case "last", "past" -> articleDate.with(TemporalAdjusters.previous(day));
                case "next", "coming" -> articleDate.with(TemporalAdjusters.next(day));
                case "this" -> articleDate.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
                default -> future(tokens, tokenBegin) ? articleDate.with(TemporalAdjusters.next(day))
                        : articleDate.with(TemporalAdjusters.previousOrSame(day));
            };
            return Optional.of(d.toString());
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String mod = m.group(1) == null ? "" : m.group(1);
            int year = articleDate.getYear();
            int here = articleDate.getMonthValue();
            int target = month.getValue();
            year += switch (mod) {
                case "next" -> target > here ? 0 : 1;
                case "last", "since" -> target < here ? 0 : -1;
                case "this" -> 0;
                default -> future(tokens, tokenBegin) ? (target >= here ? 0 : 1) : (target <= here ? 0 : -1);
            };
            return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, target));
        }
        return Optional.empty();
    }

    private static boolean future(List<Token> tokens, int tokenBegin) {
        for (int i = Math.max(0, tokenBegin - WINDOW); i < tokenBegin; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (FUTURE.contains(w) || w.equals("next")) {
                return true;
            }
        }
        return false;
    }
}
