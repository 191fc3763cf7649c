package org.harbour.youthjustice.extract.domain;

import java.time.LocalDate;
import java.util.List;

/** One child of the YJB case-level data: who (by local id, never by name), and the quarter's offences and outcomes, in local codes. */
public record CaseLevelChild(long personId, LocalDate dateOfBirth, String sex, String ethnicity, List<OffenceRow> offences,
                             List<OutcomeRow> outcomes) {

    /** An offence committed in the quarter, with its offence type's local code. */
    public record OffenceRow(long offenceId, LocalDate committedOn, String type, int gravity, boolean seriousViolence) {
    }

    /** An outcome given in the quarter, with its outcome type's local code; the offence it is for, when recorded. */
    public record OutcomeRow(long outcomeId, Long offenceId, LocalDate outcomeOn, String code, boolean substantive, LocalDate quashedOn) {
    }
}
