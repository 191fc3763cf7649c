package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;

/**
 * One victim as the victims KPI counts it, without name or contact details: the child whose
 * offence it was, the day consent to contact was asked (null until asked), the answer, and the
 * service's contact since.
 */
public record VictimFact(long personId, LocalDate consentAskedOn, Boolean consent, boolean viewsSought, boolean keptInformed,
                         boolean supportOffered, boolean restorativeJusticeOffered) implements java.io.Serializable {

    public boolean consented() {
        return Boolean.TRUE.equals(consent);
    }
}
