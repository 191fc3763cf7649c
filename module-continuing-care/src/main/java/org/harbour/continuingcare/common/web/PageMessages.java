package org.harbour.continuingcare.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a page action and turns the services' refusals into Faces messages: field errors beside
 * their input, rule refusals with each gap listed, edit conflicts naming who changed what and
 * when. The user's input stays on the page in every case.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** @return whether the action succeeded */
    public static boolean attempt(String form, Map<String, String> inputs, Runnable action) {
        return attemptGet(form, inputs, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    public static <T> T attemptGet(String form, Map<String, String> inputs, Supplier<T> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return action.get();
        } catch (InvalidInputException e) {
            faces.addMessage(clientId(form, inputs, e.getField()), error(e.getMessage()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                faces.addMessage(clientId(form, inputs, field), error(v.getMessage()));
            });
        } catch (RuleRefusedException e) {
            faces.addMessage(null, error(e.getMessage()));
            e.getReasons().forEach(r -> faces.addMessage(null, error(r)));
        } catch (ActionRefusedException e) {
            faces.addMessage(null, error(e.getMessage()));
        } catch (EditConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.explanation(), null));
        } catch (OptimisticLockException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, new EditConflictException(null, null).explanation(), null));
        }
        return null;
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static String clientId(String form, Map<String, String> inputs, String field) {
        String input = inputs.get(field);
        return input == null ? null : form + ":" + input;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
