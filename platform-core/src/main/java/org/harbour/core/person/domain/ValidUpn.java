package org.harbour.core.person.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A DfE Unique Pupil Number with the right check letter. Blank is accepted: the field is optional. */
@Documented
@Constraint(validatedBy = ValidUpn.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUpn {

    String message() default "Enter a 13-character Unique Pupil Number: a check letter, 11 digits, then a digit (or a letter for a temporary UPN); the check letter must match";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ValidUpn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Upn.isValid(value);
        }
    }
}
