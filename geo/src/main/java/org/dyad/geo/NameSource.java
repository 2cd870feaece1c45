package org.dyad.geo;

/**
 * How a name leads to a place: its GeoNames name, an alternate name or exonym, a news abbreviation
 * ("U.S.", "W.Va."), or a demonym or adjective that stands for the place ("American", "Turkish").
 */
public enum NameSource {
    NAME, ALTERNATE, ABBREVIATION, DEMONYM
}
