package org.agendaplanner.service;

import java.util.List;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.Problem;

/**
 * A request the service refuses, with its status code and a message for people; thrown by handlers and written by
 * the one exception handler as {@link Body}.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Body body;

    /**
     * The one shape of every error the service sends.
     *
     * @param problems for an invalid meeting file, every problem as {@code agenda validate --format json} lists it
     * @param lines for an invalid meeting file, every problem in the words {@code agenda validate} prints, one a line
     */
    record Body(int status, String message, String file, List<Problem> problems, List<String> lines) {
    }

    ApiError(int status, String message) {
        super(message);
        this.status = status;
        this.body = new Body(status, message, null, List.of(), List.of());
    }

    private ApiError(int status, String message, Body body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    /** 422 with the problems of a meeting file, as {@code agenda validate} lists them. */
    static ApiError invalid(InvalidInputException invalid) {
        var lines = invalid.problems().stream().map(problem -> problem.describe(invalid.fileName())).toList();
        var message = invalid.problems().size() == 1 ? "The meeting file has a problem."
                : "The meeting file has " + invalid.problems().size() + " problems.";
        return new ApiError(422, message,
                new Body(422, message, invalid.fileName(), invalid.problems(), lines));
    }

    int status() {
        return status;
    }

    Body body() {
        return body;
    }
}
