package org.harbour.send.appeal.domain;

import org.harbour.core.spi.error.InvalidInputException.FieldProblem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What followed one decision: mediation (the family asked a mediation adviser, the certificate
 * that lets them appeal, whether mediation took place and when) and an appeal to the First-tier
 * Tribunal (SEND) with its outcome. Null booleans are read as no.
 */
public record AppealDetails(boolean adviceSought, LocalDate certificateOn, boolean mediationHeld, LocalDate mediationOn,
                            LocalDate appealLodgedOn, TribunalOutcome outcome, LocalDate outcomeOn) {

    private static final DateTimeFormatter EN_GB = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Everything wrong with these details for a decision made on {@code decidedOn}, each against its
     * field: no date before the decision or after today, a certificate and mediation only after the
     * family asked for advice, a mediation date only when it took place (and then required), the
     * certificate not before mediation, an outcome only on a lodged appeal and with its date, not
     * before the appeal was lodged.
     */
    public List<FieldProblem> problems(LocalDate decidedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String decided = EN_GB.format(decidedOn);
        if (!adviceSought && certificateOn != null) {
            problems.add(new FieldProblem("certificateOn", "A certificate follows the family's call to a mediation adviser: say they asked for advice, or clear the date."));
        }
        if (!adviceSought && mediationHeld) {
            problems.add(new FieldProblem("mediationHeld", "Mediation follows the family's call to a mediation adviser: say they asked for advice."));
        }
        if (mediationHeld && mediationOn == null) {
            problems.add(new FieldProblem("mediationOn", "Enter the date mediation took place."));
        }
        if (!mediationHeld && mediationOn != null) {
            problems.add(new FieldProblem("mediationOn", "A mediation date is for mediation that took place: tick it, or clear the date."));
        }
        if (mediationHeld && mediationOn != null && certificateOn != null && certificateOn.isBefore(mediationOn)) {
            problems.add(new FieldProblem("certificateOn", "After mediation the certificate comes when it ends: it cannot be before "
                    + EN_GB.format(mediationOn) + "."));
        }
        if (outcome != null && appealLodgedOn == null) {
            problems.add(new FieldProblem("outcome", "An outcome is for an appeal lodged with the tribunal: enter the date it was lodged."));
        }
        if (outcome != null && outcomeOn == null) {
            problems.add(new FieldProblem("outcomeOn", "Enter the date of the outcome."));
        }
        if (outcome == null && outcomeOn != null) {
            problems.add(new FieldProblem("outcome", "Choose the outcome of the appeal, or clear its date."));
        }
        if (appealLodgedOn != null && outcomeOn != null && outcomeOn.isBefore(appealLodgedOn)) {
            problems.add(new FieldProblem("outcomeOn", "The outcome cannot come before the appeal was lodged on "
                    + EN_GB.format(appealLodgedOn) + "."));
        }
        date(problems, "certificateOn", "The certificate", certificateOn, decidedOn, decided, today);
        date(problems, "mediationOn", "Mediation", mediationOn, decidedOn, decided, today);
        date(problems, "appealLodgedOn", "The appeal", appealLodgedOn, decidedOn, decided, today);
        date(problems, "outcomeOn", "The outcome", outcomeOn, decidedOn, decided, today);
        return problems;
    }

    private static void date(List<FieldProblem> problems, String field, String what, LocalDate day, LocalDate decidedOn,
                             String decided, LocalDate today) {
        if (day == null || problems.stream().anyMatch(p -> p.field().equals(field))) {
            return;
        }
        if (day.isBefore(decidedOn)) {
            problems.add(new FieldProblem(field, what + " cannot come before the decision of " + decided + "."));
        } else if (day.isAfter(today)) {
            problems.add(new FieldProblem(field, what + " cannot be dated in the future."));
        }
    }

    /** The family went to mediation: what SEN2 reports as the request's mediation. */
    public boolean mediated() {
        return mediationHeld;
    }

    /** The family appealed to the tribunal: what SEN2 reports as the request's tribunal. */
    public boolean appealed() {
        return appealLodgedOn != null;
    }
}
