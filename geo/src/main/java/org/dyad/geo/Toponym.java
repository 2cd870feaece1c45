package org.dyad.geo;

import java.util.Objects;

/**
 * A place mention resolved to a gazetteer place, with how its name leads there (a demonym such as
 * "Russian" names a country only by way of its people), the resolver's score (higher is surer; only
 * comparable within one article) and the rule that chose it.
 */
public record Toponym(PlaceMention mention, GeoPlace place, NameSource source, double score, String rule) {
    public Toponym {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
    }
}
