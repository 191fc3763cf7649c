package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads of what practitioners record about looked-after children beyond periods and episodes (missing
 * episodes, UASC status, adoption decisions, the yearly health record), for the children of the
 * periods of care already read: one statement per few hundred children, never one per child.
 */
final class LookedAfterReads {

    /** A read that may fail with an SQL error. */
    @FunctionalInterface
    interface Read<T> {
        T read() throws SQLException;
    }

    /**
     * Rows already read in one unit of work, by the queries that read them: several measures over the
     * same records (three leaver reasons, A1/A2/A10, health/dental/immunisations, the two missing
     * measures) share one read, as {@link CaseDataQueries#rememberingRows()} shares core's rows. Weak
     * keys: the rows go with the unit of work.
     */
    private static final Map<CaseDataQueries, Map<String, Object>> SHARED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private LookedAfterReads() {
    }

    /** The rows {@code key} names, read once for queries that remember rows, afresh otherwise. */
    @SuppressWarnings("unchecked")
    static <T> T shared(CaseDataQueries queries, String key, Read<T> read) throws SQLException {
        if (queries.rememberingRows() != queries) {
            return read.read();
        }
        Map<String, Object> rows = SHARED.computeIfAbsent(queries, q -> new java.util.concurrent.ConcurrentHashMap<>());
        Object known = rows.get(key);
        if (known == null) {
            known = read.read();
            rows.put(key, known);
        }
        return (T) known;
    }

    static Set<Long> children(CareSpells.Rows care) {
        Set<Long> children = new TreeSet<>();
        care.periods().forEach(p -> children.add(p.personId()));
        return children;
    }

    static Map<Long, LookedAfterStatusRow> statuses(CaseDataQueries queries, Collection<Long> children)
            throws SQLException {
        Map<Long, LookedAfterStatusRow> statuses = new HashMap<>();
        for (LookedAfterStatusRow status : queries.returnRecords().lookedAfterStatusesOf(children)) {
            statuses.put(status.personId(), status);
        }
        return statuses;
    }

    /** The period's episodes with the reason each ended (REC), which the counting rows leave out. */
    static List<EpisodeDetailRow> episodeDetails(CaseDataQueries queries, Collection<InvolvementRow> periods)
            throws SQLException {
        Set<Long> children = new TreeSet<>();
        Set<Long> periodIds = new TreeSet<>();
        periods.forEach(p -> {
            children.add(p.personId());
            periodIds.add(p.id());
        });
        return queries.returnRecords().episodesOf(children).stream()
                .filter(e -> periodIds.contains(e.periodId())).toList();
    }

    static EpisodeRow counting(EpisodeDetailRow e) {
        return new EpisodeRow(e.id(), e.periodId(), e.personId(), e.start(), e.end(), e.reasonNewEpisode(),
                e.placementType(), e.placementProvider(), e.legalStatus());
    }

    static String date(LocalDate day) {
        return day == null ? "not recorded" : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
