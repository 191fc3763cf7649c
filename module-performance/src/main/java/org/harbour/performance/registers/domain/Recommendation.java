package org.harbour.performance.registers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;

/** A scrutiny recommendation and what has been done about it. */
@Entity
@Table(name = "performance_recommendation")
public class Recommendation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Progress of a recommendation. */
    public enum Status {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete"), NOT_ACCEPTED("Not accepted");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Enter the date it was made")
    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @NotBlank(message = "Enter a title")
    @Size(max = 200, message = "At most 200 characters")
    @Column(nullable = false)
    private String title;

    @NotBlank(message = "Describe the action proposed")
    @Size(max = 2000, message = "At most 2,000 characters")
    @Column(name = "action_proposed", nullable = false)
    private String actionProposed;

    @Size(max = 2000, message = "At most 2,000 characters")
    @Column(name = "action_taken")
    private String actionTaken;

    @NotNull(message = "Choose a status")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.NOT_STARTED;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    public Recommendation() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getActionProposed() {
        return actionProposed;
    }

    public void setActionProposed(String actionProposed) {
        this.actionProposed = actionProposed;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public void stamp(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
