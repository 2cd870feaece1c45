package org.dyad.server;

import java.util.Objects;

/** A refused request: the error and what exactly was wrong, sent as {@code application/problem+json}. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ApiException(ApiError error, String detail) {
        this(Problem.of(error, detail));
    }

    public ApiException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail());
        this.problem = problem;
    }

    /** The problem to send. */
    public Problem problem() {
        return problem;
    }
}
