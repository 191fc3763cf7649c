package org.harbour.pause.programme.application;

import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.ProgrammeTimeline;
import org.harbour.pause.programme.domain.Stage;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A woman's participation as pages and the API show it. */
public final class ParticipationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String name;
    private final Stage stage;
    private final LocalDate referredOn;
    private final String referralReason;
    private final LocalDate forumOn;
    private final String decision;
    private final String decisionReasons;
    private final LocalDate consentOn;
    private final String practitioner;
    private final String practitionerName;
    private final LocalDate engagementStartedOn;
    private final LocalDate engagementEnds;
    private final LocalDate interventionStartedOn;
    private final LocalDate interventionEnds;
    private final LocalDate exitedOn;
    private final String exitReason;
    private final String nextSteps;
    private final long version;
    private final String updatedBy;
    private final Instant updatedAt;

    public ParticipationView(Participation p, String name, String practitionerName, int programmeMonths) {
        this.id = p.getId();
        this.personId = p.getPersonId();
        this.name = name;
        this.stage = p.getStage();
        this.referredOn = p.getReferredOn();
        this.referralReason = p.getReferralReason();
        this.forumOn = p.getForumOn();
        this.decision = p.getDecision() == null ? null : p.getDecision().getLabel();
        this.decisionReasons = p.getDecisionReasons();
        this.consentOn = p.getConsentOn();
        this.practitioner = p.getPractitioner();
        this.practitionerName = practitionerName;
        this.engagementStartedOn = p.getEngagementStartedOn();
        this.engagementEnds = p.getEngagementStartedOn() == null ? null : ProgrammeTimeline.engagementEnds(p.getEngagementStartedOn());
        this.interventionStartedOn = p.getInterventionStartedOn();
        this.interventionEnds = p.getInterventionStartedOn() == null ? null
                : ProgrammeTimeline.interventionEnds(p.getInterventionStartedOn(), programmeMonths);
        this.exitedOn = p.getExitedOn();
        this.exitReason = p.getExitReason();
        this.nextSteps = p.getNextSteps();
        this.version = p.getVersion();
        this.updatedBy = p.getUpdatedBy();
        this.updatedAt = p.getUpdatedAt();
    }

    public long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getName() { return name; }
    public Stage getStage() { return stage; }
    public String getStageLabel() { return stage.getLabel(); }
    public LocalDate getReferredOn() { return referredOn; }
    public String getReferralReason() { return referralReason; }
    public LocalDate getForumOn() { return forumOn; }
    public String getDecision() { return decision; }
    public String getDecisionReasons() { return decisionReasons; }
    public LocalDate getConsentOn() { return consentOn; }
    public String getPractitioner() { return practitioner; }
    public String getPractitionerName() { return practitionerName; }
    public LocalDate getEngagementStartedOn() { return engagementStartedOn; }
    public LocalDate getEngagementEnds() { return engagementEnds; }
    public LocalDate getInterventionStartedOn() { return interventionStartedOn; }
    public LocalDate getInterventionEnds() { return interventionEnds; }
    public LocalDate getExitedOn() { return exitedOn; }
    public String getExitReason() { return exitReason; }
    public String getNextSteps() { return nextSteps; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
