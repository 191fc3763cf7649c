package org.harbour.continuingcare.dsr.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A register entry as added or changed: the child's needs, the RAG rating and why, the latest review and its actions. */
public class RegisterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private boolean learningDisability;
    private boolean autism;
    @NotBlank(message = "Choose the RAG rating: red, amber or green.")
    private String rag;
    @NotBlank(message = "Say why the child has this rating.")
    @Size(max = 2000, message = "Keep the reason to 2,000 characters.")
    private String ragReason;
    @PastOrPresent(message = "The multi-agency review cannot be in the future.")
    private LocalDate lastReviewOn;
    @Valid
    private List<ActionForm> actions = new ArrayList<>();
    private Long version;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public boolean isLearningDisability() {
        return learningDisability;
    }

    public void setLearningDisability(boolean learningDisability) {
        this.learningDisability = learningDisability;
    }

    public boolean isAutism() {
        return autism;
    }

    public void setAutism(boolean autism) {
        this.autism = autism;
    }

    public String getRag() {
        return rag;
    }

    public void setRag(String rag) {
        this.rag = rag;
    }

    public String getRagReason() {
        return ragReason;
    }

    public void setRagReason(String ragReason) {
        this.ragReason = ragReason;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public void setLastReviewOn(LocalDate lastReviewOn) {
        this.lastReviewOn = lastReviewOn;
    }

    public List<ActionForm> getActions() {
        return actions;
    }

    public void setActions(List<ActionForm> actions) {
        this.actions = actions;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** One action agreed at the review. */
    public static class ActionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "Describe each action agreed.")
        @Size(max = 1000, message = "Keep each action to 1,000 characters.")
        private String description;
        @NotBlank(message = "Name who owns each action.")
        @Size(max = 120, message = "Keep the owner to 120 characters.")
        private String owner;
        @NotNull(message = "Give each action a due date.")
        private LocalDate dueOn;

        public ActionForm() {
        }

        public ActionForm(String description, String owner, LocalDate dueOn) {
            this.description = description;
            this.owner = owner;
            this.dueOn = dueOn;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }
}
