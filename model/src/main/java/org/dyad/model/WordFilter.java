package org.dyad.model;

import java.util.Collection;

/**
 * A compact membership pre-check for the first words of a dictionary's entries, asked before the
 * dictionary's own hash table. Most words of a text begin no entry; for them this answers "no" from a
 * bit array small enough to stay in the processor's cache, where a hash table of tens of thousands of
 * words costs a memory read or two per lookup. A "yes" may be wrong (about one word in twenty for a
 * filter of eight bits a word), so the caller still asks the dictionary; a "no" is always right.
 *
 * <p>A blocked Bloom filter: a word's {@link String#hashCode} (which the string keeps once computed)
 * picks one 64-bit block and two bits in it. Immutable and thread-safe.
 */
public final class WordFilter {
    private final long[] blocks;
    private final int mask;

    private WordFilter(long[] blocks) {
        this.blocks = blocks;
        this.mask = blocks.length - 1;
    }

    /** A filter that admits every word of {@code words}, with about {@code bitsPerWord} bits for each. */
    public static WordFilter of(Collection<String> words, int bitsPerWord) {
        if (bitsPerWord < 1) {
            throw new IllegalArgumentException("bitsPerWord was " + bitsPerWord + "; need at least 1");
        }
        long bits = Math.max(64L, (long) words.size() * bitsPerWord);
        int n = Integer.highestOneBit((int) Math.min(1 << 26, (bits + 63) / 64));
        if (n * 64L < bits && n < 1 << 26) {
            n <<= 1;
        }
        long[] blocks = new long[n];
        int mask = n - 1;
        for (String w : words) {
            int h = mix(w.hashCode());
            blocks[h & mask] |= bitsOf(h);
        }
        return new WordFilter(blocks);
    }

    /** A filter with eight bits for each word. */
    public static WordFilter of(Collection<String> words) {
        return of(words, 8);
    }

    /** False when {@code word} is certainly not among the filter's words; true when it may be. */
    public boolean mayContain(String word) {
        int h = mix(word.hashCode());
        long b = bitsOf(h);
        return (blocks[h & mask] & b) == b;
    }

    private static long bitsOf(int h) {
        return 1L << (h >>> 20 & 63) | 1L << (h >>> 26);
    }

    /** Spreads the bits of a string hash, which differ little for short words. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ h >>> 15;
    }
}
