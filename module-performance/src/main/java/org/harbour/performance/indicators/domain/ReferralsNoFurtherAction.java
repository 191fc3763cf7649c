package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/** Referrals in the month marked "no further action" (CIN census ReferralNFA), as a share of all referrals in the month. */
public final class ReferralsNoFurtherAction extends ComputedIndicator<InvolvementRow> {

    public ReferralsNoFurtherAction(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsStarted("REFERRAL", window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally().expectingDenominator();
        rows.stream().filter(r -> YearMonth.from(r.start()).equals(month)).forEach(r -> {
            tally.event(r.personId(), "Referral", r.start(), null, r.nfa() ? "No further action" : "Further action",
                    r.nfa(), true);
        });
        return tally;
    }
}
