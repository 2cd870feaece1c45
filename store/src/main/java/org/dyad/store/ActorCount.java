package org.dyad.store;

import java.util.Objects;

/** An actor code with the number of events it takes part in, as source or target. */
public record ActorCount(String code, long events, long asSource, long asTarget) {
    public ActorCount {
        Objects.requireNonNull(code, "code");
    }
}
