package org.dyad.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A code an actor holds over a date interval; {@code from} and {@code to} are inclusive and empty
 * when open-ended.
 */
public record Role(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    public Role {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("role code must not be blank");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("role " + code + " ends " + to.get() + " before it starts " + from.get());
        }
    }

    /** A role without date bounds. */
    public static Role always(String code) {
        return new Role(code, Optional.empty(), Optional.empty());
    }

    /** True when the role holds on {@code date}. */
    public boolean holdsOn(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }
}
