package org.dyad.server;

/**
 * The catalogue of reasons the API refuses a request, each with a stable id that appears in the
 * {@code application/problem+json} body ({@code code}), the server's log and the API's documentation,
 * the HTTP status it is sent with, and how to fix the request. A posted article that cannot be coded is
 * refused with the quarantine code the command line gives it ({@link org.dyad.model.ErrorCode}) instead.
 * Never renumber: add new codes at the end.
 */
public enum ApiError {
    /** A query parameter is unknown, repeated, malformed or out of range. */
    BAD_PARAMETER("DYAD-A01", 400, "a query parameter is unknown or invalid",
            "see the parameters of this path in /api/v1/openapi.json"),
    /** Nothing has the id the path names. */
    NOT_FOUND("DYAD-A02", 404, "no such resource",
            "check the id; list what exists with /api/v1/events, /api/v1/actors"),
    /** A write without a token, or with a wrong one. */
    UNAUTHORIZED("DYAD-A03", 401, "a valid token is required",
            "send 'Authorization: Bearer TOKEN' with the token of the server's --token-file"),
    /** A write to a server started without a token. */
    READ_ONLY("DYAD-A04", 403, "this server is read-only",
            "start dyad serve with --token-file FILE to accept articles"),
    /** A request body larger than the server accepts. */
    BODY_TOO_LARGE("DYAD-A05", 413, "the request body is too large",
            "post fewer articles at a time, or put them in the watched folder"),
    /** A request body that is not what the path reads. */
    BAD_BODY("DYAD-A06", 400, "the request body cannot be read",
            "post one JSON article object, a JSON array of them, JSON Lines, or text beginning 'date YYYY-MM-DD'"),
    /** A request body of a media type the path does not read. */
    UNSUPPORTED_MEDIA_TYPE("DYAD-A07", 415, "unsupported media type",
            "send Content-Type application/json, application/x-ndjson or text/plain"),
    /** A query that ran longer than the server allows. */
    QUERY_TIMEOUT("DYAD-A08", 503, "the query took too long",
            "narrow the filters (dates, actors, a more specific text search) and try again"),
    /** All readers or export slots were busy for too long. */
    BUSY("DYAD-A09", 503, "the server is busy", "try again in a few seconds"),
    /** A method the path does not serve. */
    METHOD_NOT_ALLOWED("DYAD-A10", 405, "method not allowed", "see the methods of this path in /api/v1/openapi.json"),
    /** A fault of the server. */
    INTERNAL("DYAD-A11", 500, "internal error", "report the time and the request; the server keeps running"),
    /** The ingest queue is full. */
    INGEST_FULL("DYAD-A12", 503, "the ingest queue is full", "wait for the queued articles to be coded and post again");

    private final String id;
    private final int status;
    private final String title;
    private final String fix;

    ApiError(String id, int status, String title, String fix) {
        this.id = id;
        this.status = status;
        this.title = title;
        this.fix = fix;
    }

    /** The stable identifier, e.g. {@code DYAD-A01}. */
    public String id() {
        return id;
    }

    /** The HTTP status it is sent with. */
    public int status() {
        return status;
    }

    /** What went wrong, in a few words. */
    public String title() {
        return title;
    }

    /** How to fix the request. */
    public String fix() {
        return fix;
    }
}
