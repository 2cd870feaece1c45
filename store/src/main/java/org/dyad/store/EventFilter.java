package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The criteria of an {@link EventQuery} with a range of event confidence: what a reader of a served
 * store and {@code dyad query} filter events by. A {@link StoreReader} ignores the query's paging (it
 * pages by cursor); {@link EventStore#events(EventFilter)} pages by it. Immutable.
 *
 * @param query the actor, country, sector, CAMEO, QuadClass, PLOVER, date, place and text criteria
 * @param minConfidence the lowest confidence kept, inclusive, within [0, 1]
 * @param maxConfidence the highest confidence kept, inclusive, within [0, 1]
 */
public record EventFilter(EventQuery query, OptionalDouble minConfidence, OptionalDouble maxConfidence) {
    public EventFilter {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(minConfidence, "minConfidence");
        Objects.requireNonNull(maxConfidence, "maxConfidence");
        checkConfidence(minConfidence, "minimum");
        checkConfidence(maxConfidence, "maximum");
        if (minConfidence.isPresent() && maxConfidence.isPresent()
                && minConfidence.getAsDouble() > maxConfidence.getAsDouble()) {
            throw new IllegalArgumentException("confidence range " + minConfidence.getAsDouble() + " to "
                    + maxConfidence.getAsDouble() + " is empty");
        }
    }

    private static void checkConfidence(OptionalDouble v, String which) {
        if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("the " + which + " confidence was " + v.getAsDouble()
                    + "; confidence is within [0, 1]");
        }
    }

    /** The events a query selects, whatever their confidence. */
    public static EventFilter of(EventQuery query) {
        return new EventFilter(query, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** Every event. */
    public static EventFilter all() {
        return of(EventQuery.all());
    }

    /** This filter keeping only events with confidence within [min, max]. */
    public EventFilter withConfidence(OptionalDouble min, OptionalDouble max) {
        return new EventFilter(query, min, max);
    }

    /** True when the daily counts per dyad can answer aggregates of this filter. */
    boolean servedByDailyCounts() {
        return query.servedByDailyCounts() && minConfidence.isEmpty() && maxConfidence.isEmpty();
    }

    /** The criteria that only the events can answer, named as the options that set them. */
    List<String> eventOnlyCriteria() {
        List<String> out = new ArrayList<>(query.eventOnlyCriteria());
        minConfidence.ifPresent(v -> out.add("min-confidence " + v));
        maxConfidence.ifPresent(v -> out.add("max-confidence " + v));
        return out;
    }

    /** The best source for aggregates of this filter. */
    AggregateSource aggregateSource() {
        return servedByDailyCounts() ? AggregateSource.DAILY_COUNTS : AggregateSource.EVENTS;
    }

    /** The SQL condition over {@code events e} (text search excluded) and its parameters. */
    EventQuery.Sql where() {
        EventQuery.Sql base = query.where();
        List<String> parts = new ArrayList<>(List.of(base.text()));
        List<Object> params = new ArrayList<>(base.params());
        minConfidence.ifPresent(v -> {
            parts.add("e.confidence >= ?");
            params.add(v);
        });
        maxConfidence.ifPresent(v -> {
            parts.add("e.confidence <= ?");
            params.add(v);
        });
        return new EventQuery.Sql(String.join(" AND ", parts), params);
    }
}
