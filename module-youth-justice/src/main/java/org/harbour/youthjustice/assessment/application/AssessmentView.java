package org.harbour.youthjustice.assessment.application;

import org.harbour.youthjustice.assessment.domain.Assessment;
import org.harbour.youthjustice.assessment.domain.Rating;

import java.io.Serializable;
import java.time.LocalDate;

/** An assessment as pages and the API show it, with what is next due and whether that is overdue. */
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String type;
    private final String typeLabel;
    private final String author;
    private final LocalDate startedOn;
    private final LocalDate completionDueOn;
    private final LocalDate completedOn;
    private final String likelihoodOfReoffending;
    private final String riskOfSeriousHarm;
    private final String safetyAndWellbeing;
    private final LocalDate reviewDueOn;
    private final LocalDate countersignedOn;
    private final String countersignedBy;
    private final boolean overdue;
    private final long version;

    public AssessmentView(Assessment a, LocalDate today) {
        this.id = a.getId();
        this.personId = a.getPersonId();
        this.type = a.getType().name();
        this.typeLabel = a.getType().getLabel();
        this.author = a.getAuthor();
        this.startedOn = a.getStartedOn();
        this.completionDueOn = a.getCompletionDueOn();
        this.completedOn = a.getCompletedOn();
        this.likelihoodOfReoffending = label(a.ratings().reoffending());
        this.riskOfSeriousHarm = label(a.ratings().seriousHarm());
        this.safetyAndWellbeing = label(a.ratings().safetyAndWellbeing());
        this.reviewDueOn = a.getReviewDueOn();
        this.countersignedOn = a.getCountersignedOn();
        this.countersignedBy = a.getCountersignedBy();
        this.overdue = a.isOverdue(today);
        this.version = a.getVersion();
    }

    private static String label(Rating r) {
        return r == null ? null : r.getLabel();
    }

    public long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getType() { return type; }
    public String getTypeLabel() { return typeLabel; }
    public String getAuthor() { return author; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getCompletionDueOn() { return completionDueOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getLikelihoodOfReoffending() { return likelihoodOfReoffending; }
    public String getRiskOfSeriousHarm() { return riskOfSeriousHarm; }
    public String getSafetyAndWellbeing() { return safetyAndWellbeing; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public LocalDate getCountersignedOn() { return countersignedOn; }
    public String getCountersignedBy() { return countersignedBy; }
    public boolean isCompleted() { return completedOn != null; }
    public boolean isOverdue() { return overdue; }
    public long getVersion() { return version; }
}
