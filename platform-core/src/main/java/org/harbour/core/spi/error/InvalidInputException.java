package org.harbour.core.spi.error;

import java.io.Serializable;
import java.util.List;

/**
 * Input a service refuses, naming the field of each problem so pages and the API can show every
 * message beside its field at once. The first problem is also the exception's field and message.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused field: its name as the form or the JSON names it, and what to put right. */
    public record FieldProblem(String field, String message) implements Serializable {
        public String getField() { return field; }
        public String getMessage() { return message; }
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** Every problem found in one submission, in the order of the form; at least one. */
    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public String getField() {
        return problems.get(0).field();
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
