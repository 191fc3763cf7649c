package org.harbour.continuingcare.panel.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The panel's decision on one agenda item. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose the decision.")
    private String outcome;
    @NotBlank(message = "Record the panel's reasons: the family is told them in writing.")
    @Size(max = 4000, message = "Keep the reasons to 4,000 characters.")
    private String reasons;
    @Size(max = 4000, message = "Keep the actions to 4,000 characters.")
    private String actions;
    private LocalDate deferredUntil;
    private Long version;

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public LocalDate getDeferredUntil() {
        return deferredUntil;
    }

    public void setDeferredUntil(LocalDate deferredUntil) {
        this.deferredUntil = deferredUntil;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
