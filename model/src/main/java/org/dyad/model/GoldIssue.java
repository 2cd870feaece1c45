package org.dyad.model;

import java.util.Objects;

/**
 * A record of a gold file that an evaluation could not take as written, and what it did instead:
 * moved a span onto its phrase a few characters away ({@link Kind#REALIGNED}), rebuilt what was
 * missing from what the record also gives ({@link Kind#RECOVERED}: a case's text from its parse), or
 * left the record out ({@link Kind#SKIPPED}). Evaluations go on past such records, count them and
 * name them in their reports.
 *
 * @param record the record, as its file names it (an article id, a case id, a line)
 * @param kind what was done
 * @param reason what was wrong, and how it was set right when it was
 */
public record GoldIssue(String record, Kind kind, String reason) {
    /** What an evaluation did with a record it could not take as written. */
    public enum Kind {
        /** A span moved onto its phrase, found a few characters away. */
        REALIGNED,
        /** Something missing rebuilt from what the record gives elsewhere. */
        RECOVERED,
        /** Left out of the evaluation. */
        SKIPPED
    }

    public GoldIssue {
        Checks.nonBlank(record, "record");
        Objects.requireNonNull(kind, "kind");
        Checks.nonBlank(reason, "reason");
    }

    /** {@code record: kind: reason}, for reports. */
    public String line() {
        return record + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason;
    }
}
