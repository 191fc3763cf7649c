package org.harbour.send.letter.domain;

import java.time.LocalDate;

/**
 * The decisions and steps the family is told of by letter, each with the day it was made and
 * whether the family may appeal it to the First-tier Tribunal (SEND). A decision to assess and
 * the draft plan are not appealable; the letter still says what happens next. After an annual
 * review the family is told of the decision (to keep the plan as it is, to amend it, or to cease
 * it) and sent the amended plan; keeping the plan unchanged is appealable, as are the amended plan
 * and ceasing.
 */
public enum LetterKind {

    TO_ASSESS("Decision to carry out an EHC needs assessment", false),
    NOT_TO_ASSESS("Decision not to carry out an EHC needs assessment", true),
    DRAFT_PLAN("The draft EHC plan", false),
    NOT_TO_ISSUE("Decision not to issue an EHC plan", true),
    FINAL_PLAN("The final EHC plan", true),
    PLAN_CEASED("Decision to cease to maintain the EHC plan", true),
    REVIEW_MAINTAIN("Decision after the annual review: to keep the EHC plan as it is", true, true),
    REVIEW_AMEND("Decision after the annual review: to amend the EHC plan", false, true),
    REVIEW_CEASE("Decision after the annual review: to cease to maintain the EHC plan", true, true),
    AMENDED_PLAN("The amended EHC plan", true, true);

    private final String label;
    private final boolean appealable;
    private final boolean afterReview;

    LetterKind(String label, boolean appealable) {
        this(label, appealable, false);
    }

    LetterKind(String label, boolean appealable, boolean afterReview) {
        this.label = label;
        this.appealable = appealable;
        this.afterReview = afterReview;
    }

    /** A letter about an annual review's decision or its amended plan, rather than about the request. */
    public boolean isAfterReview() {
        return afterReview;
    }

    public String getLabel() {
        return label;
    }

    public boolean isAppealable() {
        return appealable;
    }

    /** The day of the decision or step this letter tells of, or null when it has not been made. */
    public LocalDate decidedOn(Decisions d) {
        return switch (this) {
            case TO_ASSESS -> Boolean.TRUE.equals(d.assess()) ? d.decidedOn() : null;
            case NOT_TO_ASSESS -> Boolean.FALSE.equals(d.assess()) ? d.decidedOn() : null;
            case DRAFT_PLAN -> d.draftSentOn();
            case NOT_TO_ISSUE -> d.notIssuedOn();
            case FINAL_PLAN -> d.finalIssuedOn();
            case PLAN_CEASED -> d.ceasedOn();
            default -> null;
        };
    }

    /** The day of the review's decision or amended plan this letter tells of, or null when not made. */
    public LocalDate decidedOn(ReviewDecisions d) {
        return switch (this) {
            case REVIEW_MAINTAIN -> "MAINTAIN".equals(d.decision()) ? d.decidedOn() : null;
            case REVIEW_AMEND -> "AMEND".equals(d.decision()) ? d.decidedOn() : null;
            case REVIEW_CEASE -> "CEASE".equals(d.decision()) ? d.decidedOn() : null;
            case AMENDED_PLAN -> d.amendedPlanOn();
            default -> null;
        };
    }

    /** What an annual review has decided so far: the decision's name (MAINTAIN, AMEND, CEASE) and day, the amended plan's day. */
    public record ReviewDecisions(String decision, LocalDate decidedOn, LocalDate amendedPlanOn) {
    }

    /**
     * What a request and its plan have decided so far; {@code assess} is null until the decision
     * whether to assess is made.
     */
    public record Decisions(Boolean assess, LocalDate decidedOn, LocalDate draftSentOn, LocalDate notIssuedOn,
                            LocalDate finalIssuedOn, LocalDate ceasedOn) {
    }
}
