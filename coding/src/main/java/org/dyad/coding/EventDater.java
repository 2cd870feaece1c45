package org.dyad.coding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.DatePrecision;
import org.dyad.model.EventDate;
import org.dyad.model.Lexicon;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Dates an event by what its text says: the temporal expression attached to the event's verb or
 * noun, normalised against the article date ("on Friday" in an article of Friday 2022-01-28 gives
 * 2022-01-28, "on Wednesday" 2022-01-26, "earlier this week" the week of 2022-01-24, "last month"
 * December 2021), else the article date.
 *
 * <p>An expression is attached to the trigger when the trigger is the first verb (or the trigger
 * noun itself) on the way up the dependency tree from the expression's head word: "in their phone
 * call on Friday, Putin told" dates "told"; a participle modifying a noun does not stop the way
 * ("responses submitted on Wednesday" dates "responses"). A trigger without its own expression
 * takes that of the noun its relative clause modifies, else that of the verb whose clausal
 * complement it is ("announced earlier this week he would hold the call" dates "hold"). Values come from the NLP stage's TIMEX3 normalisation
 * (days, ISO weeks, months, quarters, years, and times whose date part is known); durations, sets
 * and vague references ("recently") date nothing. Two corrections follow the verb's tense: a past
 * event cannot be later than the article ("in December" in a January article is last December),
 * and a future one named by a weekday cannot be earlier ("will meet on Monday" is next Monday).
 *
 * <p>Stateless and thread-safe.
 */
public final class EventDater {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    /** The date of the event whose trigger is token {@code trigger} of sentence {@code s}. */
    public EventDate date(AnnotatedDocument doc, Sentence s, SentenceGraph g, int trigger) {
        LocalDate articleDate = doc.article().date();
        Optional<EventDate> own = dateAt(doc, s, g, trigger, trigger, articleDate);
        if (own.isPresent()) {
            return own.get();
        }
        // a relative clause happens when its noun does: "the attack on Monday that killed five"
        if (g.relation(trigger).equals("acl:relcl") && g.head(trigger) >= 0) {
            Optional<EventDate> d = dateAt(doc, s, g, g.head(trigger), trigger, articleDate);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // a statement or intention reported in a clause is dated by the report: "Macron announced earlier
        // this week he would hold the call"
        int k = trigger;
        for (int level = 0; level < 2; level++) {
            String rel = g.baseRelation(k);
            int h = g.head(k);
            if (h < 0 || !s.token(h).isVerb() || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis")
                    && Lexicon.CLAUSE_DATING_VERBS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT)))) {
                break;
            }
            Optional<EventDate> d = dateAt(doc, s, g, h, h, articleDate);
            if (d.isPresent()) {
                return d.get();
            }
            k = h;
        }
        return EventDate.ofArticle(articleDate);
    }

    private static Optional<EventDate> dateAt(AnnotatedDocument doc, Sentence s, SentenceGraph g, int anchor, int verb,
            LocalDate articleDate) {
        for (TimeExpression t : doc.times()) {
            if (t.sentence() != s.index() || !(t.type().equals("DATE") || t.type().equals("TIME"))) {
                continue;
            }
            if (!attached(s, g, t, anchor)) {
                continue;
            }
            Optional<EventDate> d = parse(t.value(), t.text(), articleDate);
            if (d.isPresent()) {
                return Optional.of(byTense(d.get(), s, g, verb, articleDate));
            }
        }
        return Optional.empty();
    }

    /** Whether the expression's way up the tree meets the trigger before any other verb. */
    static boolean attached(Sentence s, SentenceGraph g, TimeExpression t, int trigger) {
        if (trigger >= t.tokenBegin() && trigger < t.tokenEnd()) {
            return false;
        }
        int k = t.tokenEnd() - 1;
        // the expression's own head word, when its last word depends on a word inside it
        while (g.head(k) >= t.tokenBegin() && g.head(k) < t.tokenEnd() && g.head(k) != k) {
            k = g.head(k);
        }
        for (int steps = 0; steps <= s.size() && k >= 0; steps++) {
            int h = g.head(k);
            if (h < 0) {
                return false;
            }
            if (h == trigger) {
                return true;
            }
            if (s.token(h).isVerb()) {
                // a participle passes its time on to the noun it modifies, when that noun is the trigger:
                // "responses submitted on Wednesday", not "rejected the proposals submitted on Wednesday"
                return g.baseRelation(h).equals("acl") && g.head(h) == trigger;
            }
            k = h;
        }
        return false;
    }

    /**
     * An event date from a TIMEX3 value, or empty when the value names no calendar date.
     *
     * @param articleDate anchors values whose year is unknown ({@code XXXX-12})
     */
    static Optional<EventDate> parse(String value, String text, LocalDate articleDate) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                return Optional.of(new EventDate(LocalDate.parse(m.group(1)), DatePrecision.DAY, text));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(new EventDate(monday, DatePrecision.WEEK, text));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                int year = m.group(1).equals("XXXX") ? articleDate.getYear() : Integer.parseInt(m.group(1));
                return Optional.of(new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, text));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                int month = 3 * Integer.parseInt(m.group(2)) - 2;
                return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), month, 1),
                        DatePrecision.MONTH, text));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR,
                        text));
            }
        } catch (DateTimeException e) {
            // a value such as 2022-02-30 names no day; the event keeps the article date
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Moves a date by a year or a week when it contradicts the tense of the trigger. */
    static EventDate byTense(EventDate d, Sentence s, SentenceGraph g, int trigger, LocalDate articleDate) {
        boolean future = future(s, g, trigger);
        boolean past = !future && past(s, g, trigger);
        boolean weekday = WEEKDAY.matcher(d.text()).find();
        if (past && d.date().isAfter(articleDate)) {
            if (weekday && d.precision() == DatePrecision.DAY) {
                LocalDate back = d.date().minusWeeks(1);
                return new EventDate(back.isAfter(articleDate) ? d.date() : back, d.precision(), d.text());
            }
            if (d.precision() == DatePrecision.MONTH || d.precision() == DatePrecision.DAY) {
                LocalDate back = d.date().minusYears(1);
                if (!back.isAfter(articleDate)) {
                    return new EventDate(back, d.precision(), d.text());
                }
            }
        }
        if (future && weekday && d.precision() == DatePrecision.DAY && d.date().isBefore(articleDate)) {
            return new EventDate(d.date().plusWeeks(1), d.precision(), d.text());
        }
        return d;
    }

    private static boolean future(Sentence s, SentenceGraph g, int v) {
        for (int c : g.children(v, "aux")) {
            if (Lexicon.FUTURE_TENSE_AUXILIARIES.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean past(Sentence s, SentenceGraph g, int v) {
        Token t = s.token(v);
        if (t.pos().equals("VBD")) {
            return true;
        }
        if (t.pos().equals("VBN")) {
            for (int c : g.children(v)) {
                String rel = g.relation(c);
                if (rel.startsWith("aux")) {
                    String a = s.token(c).lemma().toLowerCase(Locale.ROOT);
                    String w = s.token(c).word().toLowerCase(Locale.ROOT);
                    if (a.equals("have") || w.equals("was") || w.equals("were")) {
                        return true;
                    }
                }
            }
            // a participle modifying a noun ("responses submitted on Wednesday") reports a past act
            return g.baseRelation(v).equals("acl");
        }
        return false;
    }
}
