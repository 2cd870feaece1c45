package org.dyad.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The events of a run, each in Dyad's native JSON (which carries every field: date, actors, code,
 * trigger, evidence, confidence, provenance), grouped by article. Two runs agree when their sets
 * are equal; {@link #compare} lists what differs.
 */
record EventSet(Map<String, List<String>> byArticle) {
    /** No events: what a workload that does not code yields. */
    static final EventSet NONE = new EventSet(Map.of());

    EventSet {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        byArticle.forEach((article, events) -> {
            List<String> sorted = new ArrayList<>(events);
            Collections.sort(sorted);
            copy.put(Objects.requireNonNull(article, "article id"), List.copyOf(sorted));
        });
        byArticle = Collections.unmodifiableMap(copy);
    }

    /** The events of this set and another. */
    EventSet plus(EventSet other) {
        Map<String, List<String>> all = new TreeMap<>(byArticle);
        other.byArticle.forEach((a, events) -> all.merge(a, events, (x, y) -> {
            List<String> both = new ArrayList<>(x);
            both.addAll(y);
            return both;
        }));
        return new EventSet(all);
    }

    /** Number of events. */
    long size() {
        return byArticle.values().stream().mapToLong(List::size).sum();
    }

    /** How this set differs from another: events only here and only there, prefixed by their article id. */
    Comparison compare(EventSet other) {
        List<String> onlyHere = new ArrayList<>();
        List<String> onlyThere = new ArrayList<>();
        TreeMap<String, Boolean> articles = new TreeMap<>();
        byArticle.keySet().forEach(a -> articles.put(a, true));
        other.byArticle.keySet().forEach(a -> articles.put(a, true));
        for (String a : articles.keySet()) {
            List<String> theirs = new ArrayList<>(other.byArticle.getOrDefault(a, List.of()));
            List<String> common = new ArrayList<>(byArticle.getOrDefault(a, List.of()));
            for (String e : theirs) {
                if (!common.remove(e)) {
                    onlyThere.add(a + " " + e);
                }
            }
            for (String e : byArticle.getOrDefault(a, List.of())) {
                if (!theirs.remove(e)) {
                    onlyHere.add(a + " " + e);
                }
            }
        }
        return new Comparison(size(), other.size(), onlyHere, onlyThere);
    }

    /** The outcome of {@link #compare}. */
    record Comparison(long here, long there, List<String> onlyHere, List<String> onlyThere) {
        Comparison {
            onlyHere = List.copyOf(onlyHere);
            onlyThere = List.copyOf(onlyThere);
        }

        /** True when both sets hold the same events. */
        boolean identical() {
            return onlyHere.isEmpty() && onlyThere.isEmpty();
        }
    }
}
