package org.dyad.model;

/**
 * The catalogue of reasons a record is quarantined instead of coded. Each code has a stable id that
 * appears in quarantine files, logs, the CLI summary and API errors, and a message saying how to fix
 * the input. Never renumber: add new codes at the end of their group.
 */
public enum ErrorCode {
    /** The file could not be opened or read. */
    UNREADABLE_FILE("DYAD-I01", "the file could not be read",
            "check that the path exists, is a regular file and is readable"),
    /** The bytes are not valid UTF-8 text (binary file, wrong encoding). */
    UNDECODABLE_BYTES("DYAD-I02", "the bytes are not UTF-8 text",
            "convert the file to UTF-8, or remove binary files from the input"),
    /** The article date is missing or not a valid date. */
    BAD_DATE("DYAD-I03", "the article date is missing, invalid or after tomorrow",
            "give a date such as 2022-01-28 or 'Jan 28, 2022' (plain text starts with 'date' and the date; JSON Lines"
                    + " has a date field, or name it with --field date=NAME); --date-format PATTERN reads another"
                    + " form, --date-order DMY|MDY ambiguous numeric dates, --allow-future-dates keeps a future date"),
    /** The article has no text to code. */
    EMPTY_TEXT("DYAD-I04", "the article text is empty",
            "give the body in a 'text' field (or 'body', or name it with --field text=NAME)"),
    /** A JSON Lines record is not valid JSON or not an object. */
    INVALID_JSON("DYAD-I05", "the record is not a valid JSON object",
            "write one JSON object per line"),
    /** Two records share an id in one run. */
    DUPLICATE_ID("DYAD-I06", "another record in this input already has this id",
            "give each article a unique id, or drop the repeated record"),
    /** The NLP stage failed on the article. */
    NLP_FAILED("DYAD-N01", "language analysis failed on this article",
            "report the article id and the reason; the rest of the run is unaffected"),
    /** The article is longer than the configured maximum. */
    TOO_LONG("DYAD-N02", "the article is longer than the maximum Dyad analyses",
            "split the article, or raise --max-chars"),
    /** The article took longer than its time budget; the reason names the sentence being worked on. */
    TIMEOUT("DYAD-N03", "the article took longer than its time budget",
            "look at the sentence the reason names (a list of thousands of items, a table run together as one"
                    + " sentence); remove or split it, or raise --article-timeout"),
    /** Event coding failed on the article. */
    CODING_FAILED("DYAD-C01", "event coding failed on this article",
            "report the article id and the reason; the rest of the run is unaffected");

    private final String id;
    private final String summary;
    private final String fix;

    ErrorCode(String id, String summary, String fix) {
        this.id = id;
        this.summary = summary;
        this.fix = fix;
    }

    /** The stable identifier, e.g. {@code DYAD-I03}. */
    public String id() {
        return id;
    }

    /** What went wrong, in a few words. */
    public String summary() {
        return summary;
    }

    /** How to fix the input. */
    public String fix() {
        return fix;
    }
}
