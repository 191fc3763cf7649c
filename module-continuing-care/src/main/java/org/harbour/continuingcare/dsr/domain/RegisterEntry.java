package org.harbour.continuingcare.dsr.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child on the Dynamic Support Register: learning disability and/or autism, the RAG rating of
 * the risk of admission and why, the latest multi-agency review and the actions it agreed. A
 * child leaves the register with a reason; coming back reopens the same entry.
 */
@Entity
@Table(name = "continuing_care_support_register")
public class RegisterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Column(name = "learning_disability", nullable = false)
    private boolean learningDisability;

    @Column(nullable = false)
    private boolean autism;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rag rag;

    @Column(name = "rag_reason", length = 2000)
    private String ragReason;

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "continuing_care_register_action", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "seq")
    private List<RegisterAction> actions = new ArrayList<>();

    @Column(name = "added_on")
    private LocalDate addedOn;

    @Column(name = "added_by", length = 80)
    private String addedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_reason", length = 2000)
    private String closedReason;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected RegisterEntry() {
    }

    public RegisterEntry(long personId, LocalDate addedOn, String by) {
        this.personId = personId;
        this.addedOn = addedOn;
        this.addedBy = by;
    }

    public void update(boolean learningDisability, boolean autism, Rag rag, String ragReason, LocalDate lastReviewOn,
                       List<RegisterAction> actions, String by, Instant at) {
        this.learningDisability = learningDisability;
        this.autism = autism;
        this.rag = rag;
        this.ragReason = ragReason;
        this.lastReviewOn = lastReviewOn;
        this.actions.clear();
        this.actions.addAll(actions);
        touched(by, at);
    }

    public void close(LocalDate on, String reason, String by, Instant at) {
        this.closedOn = on;
        this.closedReason = reason;
        touched(by, at);
    }

    /** Back on the register after leaving it: a new start. */
    public void reopen(LocalDate on, String by) {
        this.closedOn = null;
        this.closedReason = null;
        this.addedOn = on;
        this.addedBy = by;
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public boolean isLearningDisability() {
        return learningDisability;
    }

    public boolean isAutism() {
        return autism;
    }

    public Rag getRag() {
        return rag;
    }

    public String getRagReason() {
        return ragReason;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public List<RegisterAction> getActions() {
        return actions;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
