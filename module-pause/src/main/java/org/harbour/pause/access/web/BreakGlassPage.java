package org.harbour.pause.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.pause.access.application.BreakGlassService;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/** Backs pause/break-glass.xhtml: a named role opens one woman's record with a reason. */
@Named("pauseBreakGlass")
@ViewScoped
public class BreakGlassPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BreakGlassService breakGlass;

    private Long person;
    private String reason;

    public String open() {
        if (person == null) {
            Messages.addError("break-glass-form:person", "Enter the person id of the woman whose record you need.");
            return null;
        }
        boolean opened = PageActions.tryTo("break-glass-form", () -> breakGlass.open(person, reason));
        if (!opened) {
            return null;
        }
        Messages.addFlashGlobalWarn("Break-glass access opened for four hours. Every read is audited and shown to the Pause team leader.");
        return "/pause/woman?faces-redirect=true&person=" + person;
    }

    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
