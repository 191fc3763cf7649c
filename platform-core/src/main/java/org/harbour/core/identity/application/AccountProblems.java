package org.harbour.core.identity.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every problem with an account's details, gathered before anything is refused, so the administrator
 * reads them all at once (a bad username, a weak password and an unknown role together) in the order of
 * the form rather than one per attempt.
 */
final class AccountProblems {

    /** The account form's fields, top to bottom: the order the error summary lists them in. */
    static final List<String> FORM_ORDER = List.of("username", "displayName", "jobTitle", "email", "roles", "areas",
            "password");

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /**
     * Bean Validation's findings on the draft, each under its property's name. A field left empty says only
     * that: its length and pattern are beside the point until something is typed.
     */
    void addAll(Set<? extends ConstraintViolation<?>> violations) {
        Set<String> empty = violations.stream().filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof NotBlank)
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        violations.stream()
                .filter(v -> !empty.contains(v.getPropertyPath().toString())
                        || v.getConstraintDescriptor().getAnnotation() instanceof NotBlank)
                .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                .forEach(v -> add(v.getPropertyPath().toString(), v.getMessage()));
    }

    /** Refuses the request with every problem found, fields in the form's order; does nothing when there is none. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ordered());
        }
    }

    List<FieldProblem> ordered() {
        List<FieldProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> position(p.field())));
        return sorted;
    }

    private static int position(String field) {
        int index = FORM_ORDER.indexOf(field);
        return index < 0 ? FORM_ORDER.size() : index;
    }
}
