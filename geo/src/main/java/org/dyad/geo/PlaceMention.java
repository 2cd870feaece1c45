package org.dyad.geo;

/**
 * Text that names a place: characters {@code [begin, end)} of an article. {@code sentence} is the
 * sentence index, or {@code -1} when the mention was given without an analysis (gold spans).
 */
public record PlaceMention(int sentence, int begin, int end, String text) {
    public PlaceMention {
        if (sentence < -1) {
            throw new IllegalArgumentException("sentence was " + sentence + "; use -1 for none");
        }
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("mention span [" + begin + ", " + end + ") is empty or negative");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mention at " + begin + " has no text");
        }
    }
}
