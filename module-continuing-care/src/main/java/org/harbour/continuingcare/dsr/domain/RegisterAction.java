package org.harbour.continuingcare.dsr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** An action the multi-agency review agreed: what, who owns it, by when. */
@Embeddable
public class RegisterAction {

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "action_owner", nullable = false, length = 120)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected RegisterAction() {
    }

    public RegisterAction(String description, String owner, LocalDate dueOn) {
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
