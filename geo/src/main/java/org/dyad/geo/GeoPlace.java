package org.dyad.geo;

import java.util.Objects;

/**
 * One gazetteer entry. {@code id} is its position in the {@link Gazetteer} that holds it;
 * {@code geonamesId} is {@code 0} for places GeoNames lacks (US counties from Census shapes, news
 * regions). {@code admin1} is the GeoNames first-level division code within the country
 * ({@code "LA"}, {@code "48"}), {@code admin2} the second-level code (US county FIPS), both
 * {@code ""} when unknown. Population is {@code 0} when unknown; for divisions it is the sum over
 * the GeoNames places inside them.
 */
public record GeoPlace(int id, PlaceKind kind, long geonamesId, String featureCode, String name, String countryCode,
        String admin1, String admin2, double latitude, double longitude, long population) {
    public GeoPlace {
        if (id < 0) {
            throw new IllegalArgumentException("gazetteer id was " + id + "; it must be >= 0");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(featureCode, "featureCode");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place " + id + " has no name");
        }
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(admin2, "admin2");
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("place '" + name + "' has coordinates (" + latitude + ", " + longitude
                    + ") out of range");
        }
        if (population < 0) {
            throw new IllegalArgumentException("place '" + name + "' has population " + population);
        }
    }

    /** Whether this place lies in (or is) the given country and first-level division. */
    public boolean within(String country, String adm1) {
        return countryCode.equals(country) && (adm1.isEmpty() || admin1.equals(adm1));
    }

    /** Great-circle distance to another place in kilometres. */
    public double kilometresTo(GeoPlace other) {
        return Distance.kilometres(latitude, longitude, other.latitude, other.longitude);
    }
}
