package org.dyad.store;

/** The formats a store exports to; see {@code docs/exports.md} for every column. */
public enum ExportFormat {
    /** Dyad's native JSON Lines: one merged event a line (first report plus counts). */
    JSONL(0),
    /** GDELT 2.0 event table: 61 tab-separated columns, no header. */
    GDELT(61),
    /** GDELT 2.0 mentions table: 16 tab-separated columns, one row per supporting sentence, no header. */
    GDELT_MENTIONS(16),
    /** Phoenix event data: 26 tab-separated columns, no header. */
    PHOENIX(26),
    /** ICEWS-style event table: 20 comma-separated columns with ICEWS's header names. */
    ICEWS(20),
    /** PLOVER JSON Lines with the PLOVER manual's field names. */
    PLOVER(0),
    /** Apache Parquet (written by DuckDB) of the events table. */
    PARQUET(0);

    private final int columns;

    ExportFormat(int columns) {
        this.columns = columns;
    }

    /** The number of columns of a delimited format, 0 for the others. */
    public int columns() {
        return columns;
    }

    /** The format named on a command line: {@code gdelt-mentions} or {@code GDELT_MENTIONS}. */
    public static ExportFormat parse(String name) {
        String n = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (ExportFormat f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; use one of jsonl, gdelt, "
                + "gdelt-mentions, phoenix, icews, plover, parquet");
    }
}
