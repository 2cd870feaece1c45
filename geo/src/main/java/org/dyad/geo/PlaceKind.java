package org.dyad.geo;

import java.util.Locale;

/** What sort of place a gazetteer entry is; {@link #label()} is the type written on a {@link org.dyad.model.Place}. */
public enum PlaceKind {
    CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, CITY;

    /** The lower-case type name used in event output ({@code country}, {@code admin1}, {@code city}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
