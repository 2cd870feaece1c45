package org.dyad.pipeline.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.model.Event;

/**
 * Recall of coded events against article-level gold, as {@code docs/evaluation.md} defines it.
 *
 * <p>Each gold event is matched by at most one coded event of its article, and each coded event
 * matches at most one gold event; high-confidence gold events are matched first. <b>Strict</b>:
 * the same source code, target code and CAMEO code. <b>Lenient</b>: the same source country,
 * target country (the codes' first three letters, {@code ---} for none) and CAMEO root.
 * {@code supported} is the share of coded events that match a gold event leniently, a lower bound
 * on precision (the gold may lack a right event).
 *
 * @param articles the articles scored (coded events outside them are ignored)
 */
public record GoldScore(Set<String> articles, int gold, int goldHigh, int events, Match strict, Match lenient) {
    public GoldScore {
        articles = Set.copyOf(articles);
    }

    /**
     * The matches of one mode.
     *
     * @param missed    gold events no coded event matched
     * @param unmatched coded events that matched no gold event
     */
    public record Match(int matched, int matchedHigh, List<GoldEvent> missed, List<Event> unmatched) {
        public Match {
            missed = List.copyOf(missed);
            unmatched = List.copyOf(unmatched);
        }
    }

    /** Recall over gold events. */
    public static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    public double recall(Match m) {
        return share(m.matched(), gold);
    }

    public double recallHigh(Match m) {
        return share(m.matchedHigh(), goldHigh);
    }

    public double supported(Match m) {
        return share(events - m.unmatched().size(), events);
    }

    /** Scores the coded events of {@code articles} against the gold events of those articles. */
    public static GoldScore of(GoldSet gold, List<Event> coded, Set<String> articles) {
        List<GoldEvent> g = gold.events().stream().filter(e -> articles.contains(e.articleId()))
                .sorted(Comparator.comparing(e -> !e.high())).toList();
        List<Event> ev = coded.stream().filter(e -> articles.contains(e.articleId())).toList();
        Match strict = match(g, ev, e -> List.of(e.articleId(), e.source().code(), target(e), e.type().cameo()),
                x -> List.of(x.articleId(), x.source(), x.target(), x.cameo()));
        Match lenient = match(g, ev, e -> List.of(e.articleId(), EventKey.country(e.source().code()),
                EventKey.country(target(e)), e.type().cameo().substring(0, 2)),
                x -> List.of(x.articleId(), EventKey.country(x.source()), EventKey.country(x.target()), x.root()));
        return new GoldScore(articles, g.size(), (int) g.stream().filter(GoldEvent::high).count(), ev.size(), strict,
                lenient);
    }

    private static String target(Event e) {
        return e.target().isEmpty() ? "---" : e.targetCode();
    }

    private static Match match(List<GoldEvent> gold, List<Event> coded, Function<Event, List<String>> eventKey,
            Function<GoldEvent, List<String>> goldKey) {
        Map<List<String>, List<Event>> pool = new HashMap<>();
        for (Event e : coded) {
            pool.computeIfAbsent(eventKey.apply(e), k -> new ArrayList<>()).add(e);
        }
        Set<Event> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int matched = 0;
        int high = 0;
        List<GoldEvent> missed = new ArrayList<>();
        for (GoldEvent x : gold) {
            Event hit = null;
            for (Event e : pool.getOrDefault(goldKey.apply(x), List.of())) {
                if (!used.contains(e)) {
                    hit = e;
                    break;
                }
            }
            if (hit == null) {
                missed.add(x);
            } else {
                used.add(hit);
                matched++;
                high += x.high() ? 1 : 0;
            }
        }
        List<Event> unmatched = coded.stream().filter(e -> !used.contains(e)).toList();
        return new Match(matched, high, missed, unmatched);
    }

    /** The articles of an id list restricted to one half. */
    public static Set<String> articlesOf(List<String> ids, Half half) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            if (half.holds(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
