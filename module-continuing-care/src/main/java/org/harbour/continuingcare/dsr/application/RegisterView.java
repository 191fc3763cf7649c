package org.harbour.continuingcare.dsr.application;

import org.harbour.continuingcare.dsr.domain.RegisterAction;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A register entry as the page and the API show it, with when the next multi-agency review is due. */
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final boolean learningDisability;
    private final boolean autism;
    private final String rag;
    private final String ragLabel;
    private final String ragReason;
    private final LocalDate lastReviewOn;
    private final LocalDate reviewDue;
    private final boolean reviewOverdue;
    private final List<ActionView> actions;
    private final LocalDate addedOn;
    private final LocalDate closedOn;
    private final String closedReason;
    private final String updatedBy;
    private final Instant updatedAt;
    private final long version;

    public RegisterView(RegisterEntry e, String childName, LocalDate reviewDue, LocalDate today) {
        this.id = e.getId();
        this.personId = e.getPersonId();
        this.childName = childName;
        this.learningDisability = e.isLearningDisability();
        this.autism = e.isAutism();
        this.rag = e.getRag().name();
        this.ragLabel = e.getRag().getLabel();
        this.ragReason = e.getRagReason();
        this.lastReviewOn = e.getLastReviewOn();
        this.reviewDue = reviewDue;
        this.reviewOverdue = e.isOpen() && reviewDue != null && reviewDue.isBefore(today);
        this.actions = e.getActions().stream().map(a -> new ActionView(a, today)).toList();
        this.addedOn = e.getAddedOn();
        this.closedOn = e.getClosedOn();
        this.closedReason = e.getClosedReason();
        this.updatedBy = e.getUpdatedBy();
        this.updatedAt = e.getUpdatedAt();
        this.version = e.getVersion();
    }

    /** The needs that put the child on the register, in words. */
    public String getNeeds() {
        if (learningDisability && autism) {
            return "Learning disability and autism";
        }
        return learningDisability ? "Learning disability" : "Autism";
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public boolean isLearningDisability() {
        return learningDisability;
    }

    public boolean isAutism() {
        return autism;
    }

    public String getRag() {
        return rag;
    }

    public String getRagLabel() {
        return ragLabel;
    }

    public String getRagReason() {
        return ragReason;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public boolean isReviewOverdue() {
        return reviewOverdue;
    }

    public List<ActionView> getActions() {
        return actions;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** One agreed action, flagged when past its due date. */
    public static class ActionView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String description;
        private final String owner;
        private final LocalDate dueOn;
        private final boolean overdue;

        ActionView(RegisterAction a, LocalDate today) {
            this.description = a.getDescription();
            this.owner = a.getOwner();
            this.dueOn = a.getDueOn();
            this.overdue = a.getDueOn().isBefore(today);
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

        public boolean isOverdue() {
            return overdue;
        }
    }
}
