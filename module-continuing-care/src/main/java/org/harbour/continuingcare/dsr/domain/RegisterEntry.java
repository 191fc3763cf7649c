package org.harbour.continuingcare.dsr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A child on the Dynamic Support Register: learning disability and/or autism, RAG rating, latest multi-agency review. */
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

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @Column(length = 4000)
    private String actions;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RegisterEntry() {
    }

    public RegisterEntry(long personId) {
        this.personId = personId;
    }

    public void update(boolean learningDisability, boolean autism, Rag rag, LocalDate lastReviewOn, String actions,
                       String by, Instant at) {
        this.learningDisability = learningDisability;
        this.autism = autism;
        this.rag = rag;
        this.lastReviewOn = lastReviewOn;
        this.actions = actions;
        this.updatedBy = by;
        this.updatedAt = at;
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

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public String getActions() {
        return actions;
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
}
