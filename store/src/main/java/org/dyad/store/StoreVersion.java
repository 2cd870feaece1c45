package org.dyad.store;

/**
 * How far a store has come: its generation (how many recodes it has had) and the sequence number of
 * the last article written. Writing articles only adds events or adds mentions to them, so within a
 * generation everything that changed since a version is what the articles written after it touched;
 * a recode renumbers all events and starts a new generation. {@link #number()} packs both into one
 * increasing number, the version a server publishes (ETags, the changes feed).
 *
 * @param generation recodes the store has had
 * @param lastArticle the sequence number of the last article written, 0 for none
 */
public record StoreVersion(long generation, long lastArticle) {
    /** Bits of {@link #number()} that hold the article sequence number. */
    static final int ARTICLE_BITS = 40;

    public StoreVersion {
        if (generation < 0 || generation >= (1L << (63 - ARTICLE_BITS))) {
            throw new IllegalArgumentException("generation was " + generation + "; it must be within [0, 2^23)");
        }
        if (lastArticle < 0 || lastArticle >= (1L << ARTICLE_BITS)) {
            throw new IllegalArgumentException("last article was " + lastArticle + "; it must be within [0, 2^40)");
        }
    }

    /** The version as one number that grows with every write and every recode. */
    public long number() {
        return (generation << ARTICLE_BITS) | lastArticle;
    }

    /** The version a {@link #number()} stands for. */
    public static StoreVersion of(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("version was " + number + "; versions are >= 0");
        }
        return new StoreVersion(number >>> ARTICLE_BITS, number & ((1L << ARTICLE_BITS) - 1));
    }
}
