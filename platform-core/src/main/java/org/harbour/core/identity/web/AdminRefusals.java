package org.harbour.core.identity.web;

import org.harbour.core.identity.application.AccountRuleViolation;
import org.harbour.core.spi.error.EditConflictException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** How the administration pages refuse a save: a rule breach next to its field, a conflicting save at the top. */
final class AdminRefusals {

    private AdminRefusals() {
    }

    /** A rule breach, next to the field it concerns when there is one ({@code formId:field}). */
    static void ruleBroken(AccountRuleViolation e, String formId) {
        if (e.getField() == null) {
            Messages.addGlobalError(e.getMessage());
        } else {
            Messages.addError(formId + ":" + e.getField(), e.getMessage());
            Messages.addGlobalError("Nothing was saved: see the message next to the field.");
        }
        Faces.validationFailed();
    }

    /** Says who saved first and when; the administrator's own input stays in the form. */
    static void savedFirstBySomeoneElse(EditConflictException e) {
        String who = e.getChangedBy() == null ? "Someone else" : e.getChangedBy();
        String when = e.getChangedAt() == null ? "" : " at " + UsersPage.WHEN.format(e.getChangedAt());
        Messages.addGlobalError(who + " saved a change" + when + " after you opened this page, so your changes have not"
                + " been saved. They are still in the form: reload to see the current version, then make"
                + " your changes again.");
        Faces.validationFailed();
    }
}
