package org.harbour.performance.ssda903.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.ReturnRecordQueries;
import org.harbour.core.spi.casedata.ReturnRecordQueries.Persons;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.performance.ssda903.domain.Ssda903Records;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads what one year's SSDA903 is made from, in a handful of set-based statements on one connection. */
@ApplicationScoped
public class Ssda903RecordsRepository {

    @Inject
    private CaseData caseData;

    public Ssda903Records read(ReturnPeriod period) {
        return caseData.read(queries -> read(queries, period));
    }

    /** The same reads on a plain connection, as tools outside the portal (the benchmark) make them. */
    public static Ssda903Records read(CaseDataQueries queries, ReturnPeriod period) throws SQLException {
        ReturnRecordQueries records = queries.returnRecords();
        Set<Long> lookedAfter = queries.episodesOverlapping(period.start(), period.end()).stream()
                .map(EpisodeRow::personId).collect(Collectors.toCollection(TreeSet::new));
        List<InvolvementDetailRow> leavers = records.involvementsOverlapping("CARE_LEAVER", period.start(),
                period.end());
        Set<Long> everyone = new TreeSet<>(lookedAfter);
        leavers.forEach(l -> everyone.add(l.personId()));
        // The looked-after are read by the year's dates, not by their ids: one join per table, where a
        // list of ids made the database scan the table once per slice of the list.
        Persons inCare = Persons.lookedAfterBetween(period.start(), period.end());
        return new Ssda903Records(records.episodesOf(inCare),
                records.involvementsOf(inCare, List.of("LOOKED_AFTER")),
                records.reviewsOf(inCare, period.start(), period.end()), leavers, records.persons(everyone),
                records.missingEpisodesOf(inCare), records.healthOutcomesOf(inCare, period.end()),
                records.lookedAfterStatusesOf(inCare), records.workerEpisodesOf(inCare));
    }
}
