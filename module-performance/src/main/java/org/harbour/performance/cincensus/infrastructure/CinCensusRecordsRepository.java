package org.harbour.performance.cincensus.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.ReturnRecordQueries;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.performance.cincensus.domain.CinCensusRecords;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads what one year's census is made from, in a handful of set-based statements on one connection. */
@ApplicationScoped
public class CinCensusRecordsRepository {

    private static final List<String> WORK = List.of("ASSESSMENT", "CIN_PLAN", "STRATEGY_DISCUSSION", "SECTION_47",
            "CP_PLAN");

    @Inject
    private CaseData caseData;

    public CinCensusRecords read(ReturnPeriod period) {
        return caseData.read(queries -> read(queries, period));
    }

    /** The same reads on a plain connection, as tools outside the portal (the benchmark) make them. */
    public static CinCensusRecords read(CaseDataQueries queries, ReturnPeriod period) throws SQLException {
        ReturnRecordQueries records = queries.returnRecords();
        List<InvolvementDetailRow> referrals = records.involvementsOverlapping("REFERRAL", period.start(),
                period.end());
        Set<Long> children = new TreeSet<>();
        referrals.forEach(r -> children.add(r.personId()));
        // Reviews from five years back: a plan open in the year may have begun long before it.
        return new CinCensusRecords(referrals, records.involvementsOf(children, WORK),
                records.reviewsOf(children, period.start().minusYears(5), period.end()), records.persons(children),
                records.characteristicsOf(children));
    }
}
