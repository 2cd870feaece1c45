package org.dyad.model;

import java.util.Objects;

/**
 * A record that was quarantined instead of coded: the error code, where it came from
 * ({@code path} or {@code path:line}), the article id when known ({@code ""} otherwise), the
 * specific reason, and a short excerpt of the offending input for the reader of the quarantine file.
 */
public record Rejection(ErrorCode code, String origin, String articleId, String reason, String excerpt) {
    /** Longest excerpt kept. */
    public static final int MAX_EXCERPT = 200;

    public Rejection {
        Objects.requireNonNull(code, "code");
        Checks.nonBlank(origin, "origin");
        Checks.text(articleId, "articleId");
        Checks.nonBlank(reason, "reason");
        Checks.text(excerpt, "excerpt");
        if (excerpt.length() > MAX_EXCERPT) {
            excerpt = excerpt.substring(0, MAX_EXCERPT);
        }
    }
}
