package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonKind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation of the forms plus the rules that involve several fields, as field errors. */
@ApplicationScoped
public class PersonValidation {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private Validator validator;

    /** Throws {@link InvalidPersonDetails} listing every field that is not accepted. */
    public void check(Object form) {
        List<FieldError> errors = fieldErrors(form);
        if (!errors.isEmpty()) {
            throw new InvalidPersonDetails(errors);
        }
    }

    public void check(PersonDetails details) {
        List<FieldError> errors = new ArrayList<>(fieldErrors(details));
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDate born = details.getDateOfBirth();
        LocalDate died = details.getDateOfDeath();
        if (born != null && died != null && died.isBefore(born)) {
            errors.add(new FieldError("dateOfDeath", "The date of death cannot be before the date of birth"));
        }
        if (born != null && details.getExpectedBirthDate() != null) {
            errors.add(new FieldError("expectedBirthDate",
                    "An expected date of birth is for an unborn child only: clear it once the date of birth is known"));
        }
        if (details.getExpectedBirthDate() != null && died != null) {
            errors.add(new FieldError("dateOfDeath", "An unborn child has no date of death: record the date of birth first"));
        }
        if (details.getFormerUpn() != null && !details.getFormerUpn().isBlank()
                && details.getFormerUpn().strip().equalsIgnoreCase(details.getUpn() == null ? "" : details.getUpn().strip())) {
            errors.add(new FieldError("formerUpn", "The former UPN is the same as the UPN: record it only when the UPN changed"));
        }
        if (born != null && details.getKind() != null && !born.isAfter(today)) {
            int age = Period.between(born, died != null && died.isBefore(today) ? died : today).getYears();
            if (age < Person.ADULT_AGE && details.getKind() == PersonKind.ADULT) {
                errors.add(new FieldError("kind", "Born on " + born.format(UK_DATE)
                        + ", this person is under 18: record them as a child"));
            } else if (age >= Person.ADULT_AGE && details.getKind() == PersonKind.CHILD) {
                errors.add(new FieldError("kind", "Born on " + born.format(UK_DATE)
                        + ", this person is 18 or over: record them as an adult"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPersonDetails(errors);
        }
    }

    private List<FieldError> fieldErrors(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .distinct()
                .toList();
    }

    /** The first node: the form's field, also for an element of a list such as one alert. */
    private static String field(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null) {
                return node.getName();
            }
        }
        return "";
    }
}
