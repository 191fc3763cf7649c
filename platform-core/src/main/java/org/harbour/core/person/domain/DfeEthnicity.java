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

/** One of the DfE ethnicity codes of {@link EthnicityCodes}. Blank is accepted: the field is optional. */
@Documented
@Constraint(validatedBy = DfeEthnicity.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DfeEthnicity {

    String message() default "Choose a DfE ethnicity code, e.g. WBRI (White British) or NOBT (information not yet obtained)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<DfeEthnicity, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || EthnicityCodes.isValid(value);
        }
    }
}
