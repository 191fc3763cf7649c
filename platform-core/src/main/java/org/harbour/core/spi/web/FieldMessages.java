package org.harbour.core.spi.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.util.List;
import java.util.Map;

/**
 * Puts a service's refusal on a form: each problem becomes an error message of its own field, so
 * the field shows it beside itself and the layout's error summary lists and links every one at
 * once. A problem whose field the form does not show becomes a message of the whole page.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param formId the form's id
     * @param inputs the service's field names to the ids of the form's inputs, where they differ
     */
    public static void show(String formId, Map<String, String> inputs, InvalidInputException refused) {
        refused.getProblems().forEach(p -> add(formId, inputs, p.field(), p.message()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Every reason of a rule's refusal, each its own message on the field concerned. */
    public static void show(String formId, Map<String, String> inputs, RuleRefusedException refused) {
        if (refused.getReasons().isEmpty()) {
            add(formId, inputs, refused.getField(), refused.getMessage());
        } else {
            refused.getReasons().forEach(reason -> add(formId, inputs, refused.getField(), reason));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Field and message pairs found by a page's own checks. */
    public static void show(String formId, Map<String, String> inputs, List<InvalidInputException.FieldProblem> problems) {
        problems.forEach(p -> add(formId, inputs, p.field(), p.message()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String formId, Map<String, String> inputs, String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = null;
        if (field != null && !field.isBlank()) {
            String input = inputs.getOrDefault(field, field);
            UIComponent component = faces.getViewRoot().findComponent(":" + formId + ":" + input);
            if (component != null && component.isRendered()) {
                clientId = component.getClientId(faces);
            }
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
