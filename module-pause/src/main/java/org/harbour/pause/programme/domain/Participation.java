package org.harbour.pause.programme.domain;

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
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One woman's way through Pause: the referral to the forum, its decision, the offer and her
 * consent, her practitioner, the engagement phase, the intervention and her exit with Next Steps.
 * Each step is allowed only from the stage before it.
 */
@Entity
@Table(name = "pause_participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.REFERRED;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referral_reason", nullable = false, length = 2000)
    private String referralReason;

    @Column(name = "forum_on")
    private LocalDate forumOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ForumDecision decision;

    @Column(name = "decision_reasons", length = 2000)
    private String decisionReasons;

    @Column(name = "consent_on")
    private LocalDate consentOn;

    @Column(length = 80)
    private String practitioner;

    @Column(name = "allocated_on")
    private LocalDate allocatedOn;

    @Column(name = "engagement_started_on")
    private LocalDate engagementStartedOn;

    @Column(name = "intervention_started_on")
    private LocalDate interventionStartedOn;

    @Column(name = "exited_on")
    private LocalDate exitedOn;

    @Column(name = "exit_reason", length = 400)
    private String exitReason;

    @Column(name = "next_steps", length = 2000)
    private String nextSteps;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Participation() {
    }

    public Participation(long personId, LocalDate referredOn, String referralReason, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.referredOn = required("referredOn", referredOn, "Enter the day of the referral.");
        this.referralReason = text("reason", referralReason, "Say why she is referred to the forum.");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The forum's decision, with its reasons; an offer is made on the forum's day. */
    public void decide(ForumDecision decision, LocalDate on, String reasons) {
        requireStage("decision", "The forum decides on a woman referred to it", Stage.REFERRED, Stage.NOT_NOW);
        this.decision = required("decision", decision, "Choose the forum's decision.");
        this.forumOn = notBefore("forumOn", on, referredOn, "The forum meets on or after the referral.");
        this.decisionReasons = text("reasons", reasons, "Give the forum's reasons.");
        this.stage = decision.getStage();
    }

    /** Her answer to the offer. */
    public void answerOffer(boolean consented, LocalDate on) {
        requireStage("consent", "Consent is recorded after the forum offers the programme", Stage.OFFERED);
        this.consentOn = notBefore("consentOn", on, forumOn, "She answers on or after the day of the offer.");
        this.stage = consented ? Stage.CONSENTED : Stage.DECLINED;
    }

    /** A practitioner takes her on: the engagement phase begins (or, in the programme, she changes practitioner). */
    public void allocate(String username, LocalDate on) {
        requireStage("practitioner", "A practitioner is allocated once she has consented", Stage.CONSENTED,
                Stage.ENGAGEMENT, Stage.INTERVENTION);
        this.practitioner = text("practitioner", username, "Choose the practitioner.");
        this.allocatedOn = notBefore("allocatedOn", on, consentOn, "Allocation follows her consent.");
        if (stage == Stage.CONSENTED) {
            this.engagementStartedOn = allocatedOn;
            this.stage = Stage.ENGAGEMENT;
        }
    }

    public void startIntervention(LocalDate on) {
        requireStage("interventionStartedOn", "The intervention follows the engagement phase", Stage.ENGAGEMENT);
        this.interventionStartedOn = notBefore("interventionStartedOn", on, engagementStartedOn,
                "The intervention starts after engagement began.");
        this.stage = Stage.INTERVENTION;
    }

    public void exit(LocalDate on, String reason, String nextSteps) {
        requireStage("exitedOn", "Only a woman in the programme exits it", Stage.ENGAGEMENT, Stage.INTERVENTION);
        this.exitedOn = notBefore("exitedOn", on, engagementStartedOn, "She exits after the programme began.");
        this.exitReason = text("exitReason", reason, "Say why the programme ended (completed, withdrew...).");
        this.nextSteps = text("nextSteps", nextSteps, "Record the Next Steps agreed with her.");
        this.stage = Stage.EXITED;
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    private void requireStage(String field, String rule, Stage... allowed) {
        if (!Set.of(allowed).contains(stage)) {
            String why = rule + "; she is at: " + stage.getLabel() + ".";
            throw new RuleRefusedException(field, why, List.of(why));
        }
    }

    private static <T> T required(String field, T value, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }

    private static LocalDate notBefore(String field, LocalDate value, LocalDate earliest, String message) {
        required(field, value, "Enter the date.");
        if (earliest != null && value.isBefore(earliest)) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }

    static String text(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        if (value.length() > 2000) {
            throw new InvalidInputException(field, "Keep it to 2000 characters.");
        }
        return value.trim();
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public Stage getStage() { return stage; }
    public LocalDate getReferredOn() { return referredOn; }
    public String getReferralReason() { return referralReason; }
    public LocalDate getForumOn() { return forumOn; }
    public ForumDecision getDecision() { return decision; }
    public String getDecisionReasons() { return decisionReasons; }
    public LocalDate getConsentOn() { return consentOn; }
    public String getPractitioner() { return practitioner; }
    public LocalDate getAllocatedOn() { return allocatedOn; }
    public LocalDate getEngagementStartedOn() { return engagementStartedOn; }
    public LocalDate getInterventionStartedOn() { return interventionStartedOn; }
    public LocalDate getExitedOn() { return exitedOn; }
    public String getExitReason() { return exitReason; }
    public String getNextSteps() { return nextSteps; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return stamp == null ? recordedBy : stamp.getUpdatedBy(); }
    public Instant getUpdatedAt() { return stamp == null ? recordedAt : stamp.getUpdatedAt(); }
}
