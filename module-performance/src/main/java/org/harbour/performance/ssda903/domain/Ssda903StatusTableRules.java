package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The DfE's SSDA903 rules on the UASC, PrevPerm and SWEpisodes tables beyond those of
 * {@link Ssda903OutcomeRules}, each run only over the rows
 * its table carries (UASC for a child who was an unaccompanied asylum seeker on a day of the year,
 * PrevPerm for a child who started to be looked after in the year, SWEpisodes for a looked-after
 * child) with the DfE's rule code and message word for word. Errors stop the return; queries
 * (the DfE's own asking for an explanation, or Harbour's {@code HB-903-...}) are shown to be
 * checked. Each links to the page where the field is recorded.
 */
final class Ssda903StatusTableRules {

    /** SW_REASON codes, as the DfE lists them. */
    static final Set<String> WORKER_CHANGE_REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC",
            "CHCHAN", "PCCHAN", "SWDIED", "OTHERS");
    /** Rule 231: an unaccompanied asylum-seeking child is expected to be over 11 at the year's end. */
    private static final int YOUNGEST_EXPECTED_UASC_AGE = 11;

    private Ssda903StatusTableRules() {
    }

    static void check(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        uasc(c, period, out);
        previousPermanence(c, out);
        workers(c, period, out);
    }

    private static void uasc(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        if (!c.uascIn(period)) {
            return;
        }
        LookedAfterStatusRow s = c.status();
        String link = Ssda903LookedAfterRules.section(c.childId(), "status");
        // Rule 304 (DUC by the 18th birthday) is in Ssda903OutcomeRules.
        if (s.uascCeased() == null && c.dateOfBirth() != null
                && !c.dateOfBirth().plusYears(18).isAfter(period.end())) {
            out.add(ValidationMessage.warning("HB-903-DUC18", "The child turned 18 by 31 March, when UASC status "
                    + "ceases, but the day it ceased is not recorded.", c.childId(), "DUC", link));
        }
        if (s.uascCeased() != null && s.uascCeased().isBefore(s.uascFrom())) {
            out.add(ValidationMessage.warning("HB-903-DUC", "The day the child's UASC status ceased is before the day "
                    + "it began: check both dates.", c.childId(), "DUC", link));
        }
        // The DfE accepts a younger child with an explanation, so the return shows it as a query.
        if (c.dateOfBirth() != null
                && Period.between(c.dateOfBirth(), period.end()).getYears() < YOUNGEST_EXPECTED_UASC_AGE) {
            out.add(ValidationMessage.warning("231", "We expect that unaccompanied asylum seeking children are generally "
                    + "older young people. Please check the date of birth is correct. If the date of birth is correct "
                    + "then please provide details in a bypass request.", c.childId(), "DOB",
                    Ssda903Rules.personLink(c.childId())));
        }
    }

    private static void previousPermanence(Ssda903Child c, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (!c.startedInYear() || s == null) {
            return;
        }
        String link = Ssda903LookedAfterRules.section(c.childId(), "status");
        String code = s.previousPermanence();
        // Rule 631 (a PREV_PERM code outside the list) is in Ssda903OutcomeRules.
        boolean orderDetails = s.previousPermanenceLa() != null || s.previousPermanenceDate() != null;
        if (orderDetails && (code == null || "Z1".equals(code))) {
            out.add(ValidationMessage.error("635", "There are entries for date of order and local authority code where "
                    + "previous permanence option was arranged but previous permanence code is Z1", c.childId(),
                    "PREV_PERM", link));
        }
        String la = s.previousPermanenceLa();
        if (la != null && !la.isBlank() && !LocalAuthorityCodes.isValid(la.trim())) {
            out.add(ValidationMessage.error("633", "Local authority code where previous permanence option was arranged "
                    + "is not a valid value.", c.childId(), "LA_PERM", link));
        }
        // The order came before the care: DATE_PERM must be before the first episode's DECOM.
        LocalDate firstEpisode = c.episodes().isEmpty() ? null : c.episodes().get(0).start();
        if (s.previousPermanenceDate() != null && firstEpisode != null
                && !s.previousPermanenceDate().isBefore(firstEpisode)) {
            out.add(ValidationMessage.error("632", "Date of previous permanence order not a valid value.", c.childId(),
                    "DATE_PERM", link));
        }
    }

    private static void workers(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        if (c.workers().isEmpty()) {
            return;
        }
        String link = Ssda903LookedAfterRules.section(c.childId(), "workers");
        for (WorkerEpisodeRow w : c.workers()) {
            // The table carries SW_REASON only for a change within the year, as the file writes it.
            boolean reasonInFile = w.end() != null && !w.end().isAfter(period.end());
            if (reasonInFile && w.changeReason() != null && !WORKER_CHANGE_REASONS.contains(w.changeReason())) {
                out.add(ValidationMessage.error("SW13STG1", "The reason for social worker change is not valid.",
                        c.childId(), "SW_REASON", link));
            }
        }
        // One worker at a time on a case: a case handed on starts its next allocation once the last has ended.
        // (A child with two case files, each with its worker, is two chains.)
        Map<Long, List<WorkerEpisodeRow>> byCase = c.workers().stream().collect(Collectors.groupingBy(
                WorkerEpisodeRow::caseFileId));
        for (List<WorkerEpisodeRow> chain : byCase.values()) {
            List<WorkerEpisodeRow> sorted = chain.stream().sorted(Comparator.comparing(WorkerEpisodeRow::start)
                    .thenComparing(WorkerEpisodeRow::allocationId)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                WorkerEpisodeRow before = sorted.get(i - 1);
                if (before.end() == null || sorted.get(i).start().isBefore(before.end())) {
                    out.add(ValidationMessage.error("SW10STG2", "A new social worker episode has started before the end "
                            + "date of the previous social worker episode.", c.childId(), "SW_DECOM", link));
                }
            }
        }
        boolean lookedAfterAtYearEnd = c.episodes().stream()
                .anyMatch(e -> e.end() == null || e.end().isAfter(period.end()));
        boolean workerAtYearEnd = c.workers().stream().anyMatch(w -> !w.start().isAfter(period.end())
                && (w.end() == null || w.end().isAfter(period.end())));
        if (lookedAfterAtYearEnd && !workerAtYearEnd) {
            out.add(ValidationMessage.error("SW17STG2", "There is no social worker episode open at 31 March", c.childId(),
                    "SW_DEC", link));
        }
    }
}
