package org.harbour.send.letter.domain;

import java.time.LocalDate;

/**
 * The decisions and steps the family is told of by letter, each with the day it was made and
 * whether the family may appeal it to the First-tier Tribunal (SEND). A decision to assess and
 * the draft plan are not appealable; the letter still says what happens next.
 */
public enum LetterKind {

    TO_ASSESS("Decision to carry out an EHC needs assessment", false),
    NOT_TO_ASSESS("Decision not to carry out an EHC needs assessment", true),
    DRAFT_PLAN("The draft EHC plan", false),
    NOT_TO_ISSUE("Decision not to issue an EHC plan", true),
    FINAL_PLAN("The final EHC plan", true),
    PLAN_CEASED("Decision to cease to maintain the EHC plan", true);

    private final String label;
    private final boolean appealable;

    LetterKind(String label, boolean appealable) {
        this.label = label;
        this.appealable = appealable;
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
        };
    }

    /**
     * What a request and its plan have decided so far; {@code assess} is null until the decision
     * whether to assess is made.
     */
    public record Decisions(Boolean assess, LocalDate decidedOn, LocalDate draftSentOn, LocalDate notIssuedOn,
                            LocalDate finalIssuedOn, LocalDate ceasedOn) {
    }
}
