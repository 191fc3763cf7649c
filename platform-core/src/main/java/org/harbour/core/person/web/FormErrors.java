package org.harbour.core.person.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.harbour.core.person.application.FieldError;

import java.util.List;

/** Shows a service's field errors next to the fields of a form (ids equal to field names), else at the top. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(String formId, List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message());
            UIComponent field = error.field().isEmpty() ? null
                    : faces.getViewRoot().findComponent(":" + formId + ":" + error.field());
            faces.addMessage(field == null ? null : field.getClientId(faces), message);
        }
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
