package org.dyad.store;

/**
 * How much a store holds: rows of its tables ({@code dyadDays}: the daily counts per dyad, day and
 * QuadClass that aggregates read).
 */
public record StoreCounts(long articles, long sentences, long articleEvents, long events, long mentions,
        long actors, long quotes, long quarantined, long dyadDays) {
}
