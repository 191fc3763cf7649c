package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Referrals in the month that came within 12 months of a previous referral of the same child,
 * as a share of all referrals in the month. "Within 12 months" includes the day exactly twelve
 * calendar months after the previous referral (a referral on 15 March 2025 after one on 15 March
 * 2024 is a re-referral; one on 16 March 2025 is not).
 */
public final class ReReferrals extends ComputedIndicator<InvolvementRow> {

    public ReReferrals(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsStarted("REFERRAL", window.from().minusMonths(12), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Map<Long, List<InvolvementRow>> byChild = rows.stream().collect(Collectors.groupingBy(InvolvementRow::personId));
        Tally tally = new Tally().expectingDenominator();
        for (InvolvementRow referral : rows) {
            if (!YearMonth.from(referral.start()).equals(month)) {
                continue;
            }
            boolean again = byChild.get(referral.personId()).stream().anyMatch(earlier -> isBefore(earlier, referral)
                    && !earlier.start().isBefore(referral.start().minusMonths(12)));
            tally.event(referral.personId(), "Referral", referral.start(), null,
                    again ? "Re-referral within 12 months" : "No referral in the 12 months before", again, true);
        }
        return tally;
    }

    /** Earlier by date, or recorded first on the same day. */
    private static boolean isBefore(InvolvementRow earlier, InvolvementRow referral) {
        return earlier.start().isBefore(referral.start())
                || earlier.start().equals(referral.start()) && earlier.id() < referral.id();
    }
}
