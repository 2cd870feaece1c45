package org.dyad.cli;

/** How coded events are printed. */
enum OutputFormat {
    /** A readable table, one block per article, each event with its evidence. */
    TABLE,
    /** Dyad's native JSON Lines, one event a line (docs/formats.md). */
    JSONL
}
