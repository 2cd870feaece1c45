package org.dyad.store;

/** How much a store holds. */
public record StoreCounts(long articles, long sentences, long articleEvents, long events, long mentions,
        long actors, long quotes, long quarantined) {
}
