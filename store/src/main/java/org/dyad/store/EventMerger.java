package org.dyad.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.Evidence;

/**
 * Decides which reports are the same real-world event. A report joins an existing merged event when
 * it has the same dyad (source and target actor codes), the same event family (CAMEO root), a date
 * within {@link Rule#windowDays} of the merged event's date, no report from the same article is
 * already in it, and the content words of its evidence are similar enough (Dice coefficient of the
 * word sets, at least {@link Rule#minSimilarity}) to those of at least one report in it. Among
 * several such events the most similar wins, ties going to the oldest; otherwise the report founds a
 * new event.
 *
 * <p>The decision depends only on the reports already merged and their order, so coding a corpus
 * article by article and recoding it as a whole give the same events. Not thread-safe: the store
 * calls it from its one writing thread.
 */
public final class EventMerger {
    /** When two reports are one event. */
    public record Rule(int windowDays, double minSimilarity) {
        /** Two days either side, a fifth of the content words shared. */
        public static final Rule DEFAULT = new Rule(2, 0.2);

        public Rule {
            if (windowDays < 0) {
                throw new IllegalArgumentException("windowDays was " + windowDays + "; it must be >= 0");
            }
            if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
                throw new IllegalArgumentException("minSimilarity was " + minSimilarity + "; it must be within [0, 1]");
            }
        }
    }

    /** The merge key of a report: its dyad and event family. */
    public record Key(String source, String target, String cameoRoot) {
        public Key {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(cameoRoot, "cameoRoot");
        }

        /** The key of an event. */
        public static Key of(Event e) {
            return new Key(e.source().code(), e.targetCode(), e.type().root());
        }
    }

    /** A report already merged: its article and the content words of its evidence. */
    public record Member(String articleId, Set<String> terms) {
        public Member {
            Objects.requireNonNull(articleId, "articleId");
            terms = Set.copyOf(terms);
        }
    }

    /** A merged event as the merger sees it: its id, date and reports. */
    public record Cluster(long id, LocalDate date, List<Member> members) {
        public Cluster {
            Objects.requireNonNull(date, "date");
            members = List.copyOf(members);
        }

        Cluster with(Member m) {
            List<Member> more = new ArrayList<>(members);
            more.add(m);
            return new Cluster(id, date, more);
        }
    }

    private static final Set<String> STOPWORDS = Set.of(("a about above after again against all also am an and any"
            + " are as at be because been before being below between both but by can could did do does doing down"
            + " during each few for from further had has have having he her here hers herself him himself his how i"
            + " if in into is it its itself just me more most my myself no nor not now of off on once only or other"
            + " our ours ourselves out over own said same say says she should so some such than that the their"
            + " theirs them themselves then there these they this those through to too under until up very was we"
            + " were what when where which while who whom why will with would you your yours yourself yourselves"
            + " mr mrs ms told tells according").split(" "));

    private final Rule rule;
    private final Function<Key, List<Cluster>> loader;
    private final Map<Key, List<Cluster>> clusters = new HashMap<>();

    /**
     * @param loader the merged events already stored under a key, asked once per key (return an empty
     *     list when merging from scratch)
     */
    public EventMerger(Rule rule, Function<Key, List<Cluster>> loader) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The rule in use. */
    public Rule rule() {
        return rule;
    }

    /**
     * The merged event a report belongs to, or empty when it founds a new one. Does not change the
     * merger: call {@link #join} or {@link #found} once the report is stored.
     */
    public Optional<Cluster> match(Key key, LocalDate date, String articleId, Set<String> terms) {
        Cluster best = null;
        double bestScore = -1;
        for (Cluster c : candidates(key)) {
            if (Math.abs(ChronoUnit.DAYS.between(c.date(), date)) > rule.windowDays()) {
                continue;
            }
            double score = -1;
            boolean sameArticle = false;
            for (Member m : c.members()) {
                if (m.articleId().equals(articleId)) {
                    sameArticle = true;
                    break;
                }
                score = Math.max(score, similarity(terms, m.terms()));
            }
            if (sameArticle || score < rule.minSimilarity()) {
                continue;
            }
            if (score > bestScore || (score == bestScore && c.id() < best.id())) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Records that a report joined a merged event. */
    public void join(Key key, long id, Member member) {
        List<Cluster> list = candidates(key);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                list.set(i, list.get(i).with(member));
                return;
            }
        }
        throw new IllegalArgumentException("no merged event " + id + " under " + key);
    }

    /** Records a new merged event founded by a report. */
    public void found(Key key, long id, LocalDate date, Member member) {
        candidates(key).add(new Cluster(id, date, List.of(member)));
    }

    /** Forgets what was loaded, after a failed write, so that the next decision reads the store again. */
    public void forget() {
        clusters.clear();
    }

    private List<Cluster> candidates(Key key) {
        return clusters.computeIfAbsent(key, k -> new ArrayList<>(loader.apply(k)));
    }

    /** The Dice coefficient of two word sets: 1 for equal sets, 0 for disjoint ones or when either is empty. */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String t : small) {
            if (large.contains(t)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** The content words of an event's evidence: lower-cased, stop words and one- and two-letter words removed. */
    public static Set<String> terms(Event e) {
        Set<String> out = new TreeSet<>();
        for (Evidence ev : e.evidence()) {
            addTerms(ev.text(), out);
        }
        return out;
    }

    /** Adds the content words of a text to a set. */
    public static void addTerms(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (w.endsWith("'s")) {
                    w = w.substring(0, w.length() - 2);
                }
                if (w.length() > 2 && !STOPWORDS.contains(w)) {
                    out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
                }
            }
        }
    }

    /** Terms as stored: sorted, space-separated. */
    static String join(Set<String> terms) {
        return String.join(" ", new TreeSet<>(terms));
    }

    /** Terms read back from their stored form. */
    static Set<String> split(String stored) {
        return stored.isEmpty() ? Set.of() : Set.of(stored.split(" "));
    }
}
