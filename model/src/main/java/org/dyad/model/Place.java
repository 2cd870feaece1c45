package org.dyad.model;

/**
 * A located place, with the fields of GDELT's ActionGeo: {@code type} ({@code country},
 * {@code admin1}, {@code admin2}, {@code city}, and {@code region} or {@code continent} for wider
 * areas such as a border region or the Middle East), full name, ISO alpha-2 country code, ADM1 code,
 * coordinates and GeoNames id ({@code 0} when none), plus the text and span that named it.
 */
public record Place(String type, String name, String countryCode, String adm1, double latitude,
        double longitude, long geonamesId, String text, int begin, int end) {
    public Place {
        Checks.nonBlank(type, "place type");
        Checks.nonBlank(name, "place name");
        Checks.text(countryCode, "country code");
        Checks.text(adm1, "adm1");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates (" + latitude + ", " + longitude + ") out of range");
        }
        Checks.text(text, "place text");
        Checks.span(begin, end, "place");
    }
}
