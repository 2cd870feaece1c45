package org.dyad.store;

import java.util.Objects;

/** A directed edge of the event network: events from one actor code to another, with their mean Goldstein value. */
public record NetworkEdge(String source, String target, long events, double meanGoldstein) {
    public NetworkEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
