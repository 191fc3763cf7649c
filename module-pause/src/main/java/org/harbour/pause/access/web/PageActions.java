package org.harbour.pause.access.web;

import jakarta.persistence.OptimisticLockException;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.omnifaces.util.Messages;

import java.util.function.Supplier;

/**
 * A Pause page's call to a service, with the service's refusal said through OmniFaces messages:
 * bad input beside the field named (the page's inputs carry the service's field names as ids),
 * a rule's refusal with its reasons, a conflict naming who saved first. What was typed stays.
 */
public final class PageActions {

    private PageActions() {
    }

    /** @return what the action returned, or null when it was refused (and the refusal shown) */
    public static <T> T tryTo(String form, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            Messages.addError(form + ":" + e.getField(), e.getMessage());
            Messages.addGlobalError("Please check: " + e.getMessage());
        } catch (RuleRefusedException e) {
            Messages.addGlobalError(e.getMessage());
            e.getReasons().stream().filter(r -> !r.equals(e.getMessage())).forEach(Messages::addGlobalError);
        } catch (ActionRefusedException | AccessRefusedException | RecordNotFoundException e) {
            Messages.addGlobalError("You may not do this: " + e.getMessage());
        } catch (EditConflictException e) {
            Messages.addGlobalWarn(e.explanation());
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn(new EditConflictException(null, null).explanation());
        }
        return null;
    }

    public static boolean tryTo(String form, Runnable action) {
        return tryTo(form, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }
}
