package org.dyad.store;

/**
 * What an aggregate ({@link EventStore#timeline}, {@link EventStore#count}, {@link EventStore#topActors},
 * {@link EventStore#network}) is computed from. Both give equal results: counts are counted and
 * Goldstein values summed exactly (as {@code DECIMAL(18, 3)}) either way, and a mean is that sum
 * divided by the count.
 */
public enum AggregateSource {
    /**
     * The table of daily counts per dyad ({@code dyad_days}): what the store uses whenever a query
     * filters on actors (actor, source, target, country, sector), dates and QuadClass only. Its cost
     * grows with the rows of the dyads asked for, not with the events of the store.
     */
    DAILY_COUNTS("dyad_days e", "e.events", "e.goldstein_sum"),
    /** The merged events themselves: serves every query; reads every event the filters cannot skip. */
    EVENTS("events e", "1", "CAST(e.goldstein AS DECIMAL(18, 3))");

    final String from;
    final String events;
    final String goldstein;

    AggregateSource(String from, String events, String goldstein) {
        this.from = from;
        this.events = events;
        this.goldstein = goldstein;
    }

    /** The source that serves a query best. */
    static AggregateSource best(EventQuery q) {
        return q.servedByDailyCounts() ? DAILY_COUNTS : EVENTS;
    }
}
