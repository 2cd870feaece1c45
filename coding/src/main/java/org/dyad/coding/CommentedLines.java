package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a dictionary file that hold something: the text before a {@code #} comment, stripped,
 * with its line number for error messages; blank and comment-only lines are left out.
 */
final class CommentedLines {
    /** A line's text without its comment, and its number counted from 1. */
    record Line(int number, String text) {
    }

    private CommentedLines() {
    }

    static List<Line> read(Reader reader) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        List<Line> out = new ArrayList<>();
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            int hash = line.indexOf('#');
            String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!t.isEmpty()) {
                out.add(new Line(number, t));
            }
        }
        return out;
    }
}
