package org.dyad.geo;

/** The shipped gazetteer, loaded once for all test classes of this module. */
final class StandardGazetteer {
    static final Gazetteer INSTANCE = Gazetteer.standard();

    private StandardGazetteer() {
    }
}
