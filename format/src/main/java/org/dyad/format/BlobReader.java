package org.dyad.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link BlobWriter} wrote: varints and table-coded strings. */
final class BlobReader {
    private final byte[] in;
    private final String text;
    private final List<String> table = new ArrayList<>();
    private int pos;

    BlobReader(byte[] in, String text) {
        this.in = in;
        this.text = text;
    }

    int uint() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos >= in.length) {
                throw new IllegalArgumentException("parse cache ends inside a number; the blob is corrupt");
            }
            int b = in[pos++];
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("parse cache holds an over-long number; the blob is corrupt");
    }

    int sint() {
        int z = uint();
        return (z >>> 1) ^ -(z & 1);
    }

    /**
     * Reads a string: the default is the text in {@code [begin, end)} when {@code begin >= 0},
     * else {@code fallback}.
     */
    String string(int begin, int end, String fallback) {
        int ref = uint();
        if (ref == AnnotationCodec.DEFAULT || ref == AnnotationCodec.LOWER) {
            String d = begin >= 0 ? text.substring(begin, end) : fallback;
            if (d == null) {
                throw new IllegalArgumentException("parse cache refers to a default string where none exists");
            }
            return ref == AnnotationCodec.DEFAULT ? d : d.toLowerCase(java.util.Locale.ROOT);
        }
        if (ref == AnnotationCodec.NEW) {
            int n = uint();
            if (n > in.length - pos) {
                throw new IllegalArgumentException("parse cache string of " + n + " bytes runs past its end");
            }
            String s = new String(in, pos, n, StandardCharsets.UTF_8);
            pos += n;
            table.add(s);
            return s;
        }
        int k = ref - AnnotationCodec.TABLE;
        if (k >= table.size()) {
            throw new IllegalArgumentException("parse cache refers to string " + k + " of " + table.size());
        }
        return table.get(k);
    }

    boolean atEnd() {
        return pos == in.length;
    }

    int remaining() {
        return in.length - pos;
    }

    /** A number of items that follow, each of which takes at least a byte. */
    int count() {
        int n = uint();
        if (n < 0 || n > remaining()) {
            throw new IllegalArgumentException("parse cache announces " + n + " items with " + remaining()
                    + " bytes left; the blob is corrupt");
        }
        return n;
    }
}
