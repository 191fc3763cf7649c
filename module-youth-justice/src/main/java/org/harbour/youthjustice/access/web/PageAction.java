package org.harbour.youthjustice.access.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.omnifaces.util.Messages;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page's call to a youth justice service, with the service's refusal shown through OmniFaces
 * {@link Messages} (beside the field when the service names one) and the user's input kept.
 */
public final class PageAction {

    private final String form;
    private final Map<String, String> inputs;

    private PageAction(String form, Map<String, String> inputs) {
        this.form = form;
        this.inputs = inputs;
    }

    /** @param inputs the service's field names mapped to the ids of the form's inputs */
    public static PageAction on(String form, Map<String, String> inputs) {
        return new PageAction(form, inputs);
    }

    /** What the action returned, or null when it was refused and the refusal shown. */
    public <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            Messages.addError(clientId(e.getField()), e.getMessage());
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                Messages.addError(clientId(path.substring(path.lastIndexOf('.') + 1)), v.getMessage());
            }
        } catch (RuleRefusedException e) {
            Messages.addGlobalError(e.getMessage());
            e.getReasons().forEach(Messages::addGlobalError);
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EditConflictException e) {
            Messages.addGlobalWarn(e.explanation());
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn(new EditConflictException(null, null).explanation());
        }
        return null;
    }

    private String clientId(String field) {
        String input = field == null ? null : inputs.get(field);
        return input == null ? null : form + ":" + input;
    }
}
