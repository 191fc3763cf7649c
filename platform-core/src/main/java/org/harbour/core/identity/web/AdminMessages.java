package org.harbour.core.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.harbour.core.identity.application.AccountRuleViolation;
import org.harbour.core.identity.application.ConcurrentChangeException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Messages the administration pages share: rule breaches next to their field, conflicts at the top. */
final class AdminMessages {

    static final ZoneId LOCAL_TIME = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(LOCAL_TIME);

    private AdminMessages() {
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static void error(String clientId, String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        faces.validationFailed();
    }

    /** A rule breach, next to the field it concerns when there is one ({@code formId:field}). */
    static void rule(AccountRuleViolation e, String formId) {
        error(e.getField() == null ? null : formId + ":" + e.getField(), e.getMessage());
        if (e.getField() != null) {
            error(null, "Nothing was saved: see the message next to the field.");
        }
    }

    /** Says who saved first and when; the administrator's own input stays in the form. */
    static void conflict(ConcurrentChangeException e) {
        String who = e.getChangedBy() == null ? "Someone else" : e.getChangedBy();
        String when = e.getChangedAt() == null ? "" : " at " + WHEN.format(e.getChangedAt());
        error(null, who + " saved a change" + when + " after you opened this page, so your changes have not"
                + " been saved. They are still in the form: reload to see the current version, then make"
                + " your changes again.");
    }
}
