package org.harbour.youthjustice.atc.application;

import org.harbour.youthjustice.atc.domain.AlternativePackage;

import java.io.Serializable;
import java.time.LocalDate;

/** An alternative-to-custody package as the pages and the API show it. */
public record PackageView(long id, long personId, LocalDate startedOn, String summary, String riskManagementPlan,
                          LocalDate reviewDueOn, LocalDate lastReviewedOn, LocalDate endedOn, boolean open, boolean reviewOverdue,
                          long version) implements Serializable {

    static PackageView of(AlternativePackage p, LocalDate today) {
        return new PackageView(p.getId(), p.getPersonId(), p.getStartedOn(), p.getSummary(), p.getRiskManagementPlan(),
                p.getReviewDueOn(), p.getLastReviewedOn(), p.getEndedOn(), p.isOpen(), p.isReviewOverdue(today), p.getVersion());
    }
}
