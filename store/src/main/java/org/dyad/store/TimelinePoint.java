package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;

/** Events of one day and QuadClass: how many, and their mean Goldstein value. */
public record TimelinePoint(LocalDate date, int quadClass, long events, double meanGoldstein) {
    public TimelinePoint {
        Objects.requireNonNull(date, "date");
    }
}
