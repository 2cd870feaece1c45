package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into chunks of at most a given length, each ending where a reader would pause: at
 * the last paragraph break (a blank line) in the second half of the chunk, else the last line break,
 * else the last sentence end (a full stop, question or exclamation mark before white space), else the
 * last white space, else at the length itself. Chunks hold no surrounding white space; their spans are
 * offsets into the text, so that what is found in a chunk can be placed exactly in the whole. Linear
 * in the text's length.
 */
final class TextChunks {
    private TextChunks() {
    }

    /** A chunk: characters {@code [begin, end)} of the text. */
    record Span(int begin, int end) {
        Span {
            if (begin < 0 || end <= begin) {
                throw new IllegalArgumentException("chunk [" + begin + ", " + end + ") is empty or negative");
            }
        }
    }

    /**
     * The chunks of {@code text}, in order; the whole text (less surrounding white space) when it is no
     * longer than {@code size}, nothing when it is blank.
     */
    static List<Span> of(String text, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("chunk size was " + size + "; need at least 2");
        }
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int begin = skipSpace(text, 0);
        while (begin < n) {
            int end = n - begin <= size ? n : cut(text, begin, begin + size);
            int last = end;
            while (last > begin && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (last > begin) {
                out.add(new Span(begin, last));
            }
            begin = skipSpace(text, end);
        }
        return out;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where to end a chunk that starts at {@code begin} and may not pass {@code limit}. */
    private static int cut(String text, int begin, int limit) {
        int floor = begin + (limit - begin) / 2;
        // a blank line: a newline, white space without another newline... and a newline before it
        for (int i = limit - 1; i > floor; i--) {
            if (text.charAt(i) == '\n') {
                int j = i - 1;
                while (j > floor && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                if (j > floor && text.charAt(j) == '\n') {
                    return i + 1;
                }
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            char c = text.charAt(i - 1);
            if (Character.isWhitespace(text.charAt(i)) && (c == '.' || c == '?' || c == '!')) {
                return i;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // no white space in half a chunk: cut, but not between the halves of a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
