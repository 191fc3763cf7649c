package org.harbour.send.appeal.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The decisions a family may take to mediation and appeal to the First-tier Tribunal (SEND): three
 * on a request for an assessment, three after an annual review. Each names the day it was made.
 */
public enum AppealableDecision {

    NOT_TO_ASSESS("The decision not to assess", false),
    NOT_TO_ISSUE("The decision not to issue a plan", false),
    FINAL_PLAN("The final EHC plan", false),
    REVIEW_MAINTAIN("The decision to keep the plan unchanged after a review", true),
    AMENDED_PLAN("The amended plan after a review", true),
    CEASE("The decision to cease the plan", true);

    private final String label;
    private final boolean afterReview;

    AppealableDecision(String label, boolean afterReview) {
        this.label = label;
        this.afterReview = afterReview;
    }

    public String getLabel() {
        return label;
    }

    /** Made after an annual review (else on a request for an assessment). */
    public boolean isAfterReview() {
        return afterReview;
    }

    /**
     * The appealable decisions made on a request, with their days: not to assess (the decision whether
     * to assess, when it was not to), not to issue, and the final plan. Null days are decisions not made.
     */
    public static Map<AppealableDecision, LocalDate> onRequest(LocalDate notAssessedOn, LocalDate notIssuedOn,
                                                              LocalDate finalIssuedOn) {
        Map<AppealableDecision, LocalDate> made = new EnumMap<>(AppealableDecision.class);
        put(made, NOT_TO_ASSESS, notAssessedOn);
        put(made, NOT_TO_ISSUE, notIssuedOn);
        put(made, FINAL_PLAN, finalIssuedOn);
        return made;
    }

    /** The appealable decisions made after a review: keep the plan unchanged, cease it, and the amended plan. */
    public static Map<AppealableDecision, LocalDate> afterReview(LocalDate maintainedOn, LocalDate amendedPlanOn,
                                                                LocalDate ceasedOn) {
        Map<AppealableDecision, LocalDate> made = new EnumMap<>(AppealableDecision.class);
        put(made, REVIEW_MAINTAIN, maintainedOn);
        put(made, AMENDED_PLAN, amendedPlanOn);
        put(made, CEASE, ceasedOn);
        return made;
    }

    private static void put(Map<AppealableDecision, LocalDate> made, AppealableDecision decision, LocalDate on) {
        if (on != null) {
            made.put(decision, on);
        }
    }
}
