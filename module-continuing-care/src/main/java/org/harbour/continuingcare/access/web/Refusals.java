package org.harbour.continuingcare.access.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.omnifaces.util.Messages;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a page's call to a service and shows the service's refusal through OmniFaces
 * {@link Messages}: bad input beside its field, a rule's refusal with each gap listed, a refused
 * action, an edit conflict naming who changed what and when. The user's input stays on the page.
 * Pages add their own success messages with {@link Messages} directly.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * @param form   the client id of the form
     * @param inputs the service's field names mapped to the ids of the form's inputs
     * @return whether the action succeeded
     */
    public static boolean attempt(String form, Map<String, String> inputs, Runnable action) {
        return attemptGet(form, inputs, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** @return what the action returned, or null when it was refused (and the refusal shown) */
    public static <T> T attemptGet(String form, Map<String, String> inputs, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            Messages.addError(clientId(form, inputs, e.getField()), e.getMessage());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                Messages.addError(clientId(form, inputs, field), v.getMessage());
            });
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

    private static String clientId(String form, Map<String, String> inputs, String field) {
        String input = inputs.get(field);
        return input == null ? null : form + ":" + input;
    }
}
