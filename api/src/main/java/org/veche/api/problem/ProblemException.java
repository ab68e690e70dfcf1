package org.veche.api.problem;

import java.util.List;

/** Ends a request with a problem response; thrown by resources and services for client errors. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String code, String field, String detail) {
        return new ProblemException(Problem.of(400, code, "Bad request", detail, field, List.of()));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldViolation> violations) {
        String field = violations.isEmpty() ? null : violations.get(0).field();
        return new ProblemException(Problem.of(400, "validation", "Invalid input", detail, field, violations));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Authentication required", detail, null,
                List.of()));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Not allowed", detail, null, List.of()));
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(Problem.of(404, code, "Not found", detail, null, List.of()));
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Problem.of(409, code, "Conflict with the cycle's state", detail, null,
                List.of()));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "stale-etag", "Precondition failed", detail, "If-Match",
                List.of()));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, "if-match-required", "Precondition required", detail,
                "If-Match", List.of()));
    }

    public static ProblemException unprocessable(String code, String field, String detail) {
        return new ProblemException(Problem.of(422, code, "Unprocessable request", detail, field, List.of()));
    }
}
