package org.harbour.core.api.input;

import jakarta.ws.rs.core.Response;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.api.problem.ProblemException;

/** The problem details of a request the API cannot read: 400 naming the field, 413, 415. */
final class InputProblems {

    private InputProblems() {
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.typed(Response.Status.BAD_REQUEST, "validation", "Invalid input",
                "The request could not be read; nothing was saved.").withError(field, message));
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.typed(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                        "Request body too large", "The request body is larger than the limit of " + size(limit)
                                + "; it was not read, and nothing was saved.")
                .with("limit", limit));
    }

    static ProblemException unsupported(String detail) {
        return new ProblemException(Problem.typed(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", detail + " Nothing was saved."));
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
