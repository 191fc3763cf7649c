package org.harbour.send.access.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.web.FieldMessages;
import org.omnifaces.util.Messages;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a page's call to a SEND service and shows a refusal through OmniFaces {@link Messages}:
 * bad input and a rule's refusal with the field named in the summary, a refused action, an edit
 * conflict naming who changed the record and when. What the user typed stays on the page.
 */
public final class PageActions {

    private PageActions() {
    }

    /** @return what the action returned, or null when it was refused and the refusal shown */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> Messages.addGlobalError(v.getMessage()));
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

    /**
     * As {@link #attempt(Supplier)}, but bad input and a rule's refusal go on the form's own fields
     * (each problem beside its input, and all in the page's error summary).
     *
     * @param inputs the service's field names to the form's input ids, where they differ
     */
    public static <T> T attempt(String formId, Map<String, String> inputs, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            FieldMessages.show(formId, inputs, e);
        } catch (RuleRefusedException e) {
            FieldMessages.show(formId, inputs, e);
        } catch (RuntimeException e) {
            return attempt(() -> {
                throw e;
            });
        }
        return null;
    }
}
