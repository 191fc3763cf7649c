package org.harbour.core.person.web;

import jakarta.faces.component.UIComponent;
import org.harbour.core.person.application.FieldError;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.List;

/** Shows a service's field errors next to the fields of a form (ids equal to field names), else at the top. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(String formId, List<FieldError> errors) {
        for (FieldError error : errors) {
            UIComponent field = error.field().isEmpty() ? null : Components.findComponent(":" + formId + ":" + error.field());
            Messages.addError(field == null ? null : field.getClientId(), error.message());
        }
        Faces.validationFailed();
    }
}
