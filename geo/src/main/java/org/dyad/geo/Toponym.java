package org.dyad.geo;

import java.util.Objects;

/**
 * A place mention resolved to a gazetteer place, with the resolver's score (higher is surer; only
 * comparable within one article) and the rule that chose it.
 */
public record Toponym(PlaceMention mention, GeoPlace place, double score, String rule) {
    public Toponym {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(rule, "rule");
    }
}
