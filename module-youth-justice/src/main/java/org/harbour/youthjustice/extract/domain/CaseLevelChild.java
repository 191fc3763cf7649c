package org.harbour.youthjustice.extract.domain;

import java.time.LocalDate;
import java.util.List;

/** One child of the YJB case-level data: who (by local id, never by name), and the period's offences and outcomes. */
public record CaseLevelChild(long personId, LocalDate dateOfBirth, String sex, String ethnicity, List<OffenceRow> offences,
                             List<OutcomeRow> outcomes) {

    /** An offence committed in the period. */
    public record OffenceRow(long offenceId, LocalDate committedOn, String type, int gravity, boolean seriousViolence) {
    }

    /** An outcome given in the period: the local code, the national code from the code list (null when unmapped). */
    public record OutcomeRow(long outcomeId, Long offenceId, LocalDate outcomeOn, String code, String nationalCode, boolean substantive,
                             LocalDate quashedOn) {
    }
}
