package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes rows of delimited text. In CSV mode fields are quoted per RFC 4180 when they hold the
 * separator, a quote or a line break; in TSV mode (GDELT, Phoenix), which has no quoting, tabs and
 * line breaks inside a field become spaces. Every row must have the declared number of fields.
 * Not thread-safe; does not close the underlying writer.
 */
public final class DelimitedWriter {
    private final Writer out;
    private final char separator;
    private final int columns;

    private DelimitedWriter(Writer out, char separator, int columns) {
        this.out = Objects.requireNonNull(out, "out");
        this.separator = separator;
        if (columns < 1) {
            throw new IllegalArgumentException("columns was " + columns + "; need at least 1");
        }
        this.columns = columns;
    }

    /** Comma-separated values with RFC 4180 quoting. */
    public static DelimitedWriter csv(Writer out, int columns) {
        return new DelimitedWriter(out, ',', columns);
    }

    /** Tab-separated values without quoting. */
    public static DelimitedWriter tsv(Writer out, int columns) {
        return new DelimitedWriter(out, '\t', columns);
    }

    /** Writes one row; values are written with {@code String.valueOf}. */
    public void row(List<?> values) throws IOException {
        if (values.size() != columns) {
            throw new IllegalArgumentException("row has " + values.size() + " fields; this file has " + columns);
        }
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(separator);
            }
            String v = String.valueOf(values.get(i));
            if (separator == '\t') {
                b.append(v.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
            } else if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
        out.write(b.toString());
    }
}
