package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated tables of a Markdown file: each sits between {@code <!-- table:NAME -->} and
 * {@code <!-- /table -->} on lines of their own, and is replaced whole by what its renderer gives;
 * a table its renderer cannot make (no saved results yet) is left as it is.
 */
final class MarkedTables {
    private static final Pattern REGION =
            Pattern.compile("(<!-- table:([a-z0-9-]+) -->\\n)(.*?)(<!-- /table -->)", Pattern.DOTALL);

    /** The file's text with its tables replaced, and the names of those replaced and of those left. */
    record Result(String text, List<String> replaced, List<String> left) {
        Result {
            replaced = List.copyOf(replaced);
            left = List.copyOf(left);
        }
    }

    private MarkedTables() {
    }

    /** The names of the tables marked in {@code text}, in order. */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REGION.matcher(text);
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    /** Replaces each marked table by its rendering (Markdown lines, each ending in a newline). */
    static Result apply(String text, Function<String, Optional<String>> renderer) {
        Matcher m = REGION.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> replaced = new ArrayList<>();
        List<String> left = new ArrayList<>();
        while (m.find()) {
            String name = m.group(2);
            Optional<String> table = renderer.apply(name);
            if (table.isPresent()) {
                replaced.add(name);
            } else {
                left.add(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table.orElse(m.group(3)) + m.group(4)));
        }
        m.appendTail(out);
        return new Result(out.toString(), replaced, left);
    }
}
