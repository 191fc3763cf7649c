package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of every page (the GOV.UK pattern): every error message of a field,
 * in the order the form raised them, each linking to its field. Read by the layout, so every form
 * of core and of the modules gets it without doing anything.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One message and the id of the field it belongs to. */
    public static final class Entry {
        private final String fieldId;
        private final String message;

        Entry(String fieldId, String message) {
            this.fieldId = fieldId;
            this.message = message;
        }

        public String getFieldId() {
            return fieldId;
        }

        public String getMessage() {
            return message;
        }
    }

    public List<Entry> getEntries() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Entry> entries = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (FacesMessage message : faces.getMessageList(clientId)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    entries.add(new Entry(clientId, text(message)));
                }
            }
        }
        return entries;
    }

    public boolean isShown() {
        return !getEntries().isEmpty();
    }

    /** Faces puts a field's label before its converter and required messages in the summary; the detail reads best. */
    private static String text(FacesMessage message) {
        String detail = message.getDetail();
        return detail == null || detail.isBlank() ? message.getSummary() : detail;
    }
}
