package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Social-care caseloads at month end, read as the children's social work workforce census reads
 * them: the caseholders are the workers holding, at the end of the month's last day, at least one
 * child with social-care work open (a referral, assessment, section 47 enquiry, child in need or
 * child protection plan, or a looked-after period); youth justice, SEND and continuing-care officers
 * who hold none are not social-care caseholders. Either the average number of children per
 * caseholder (children allocated to them / caseholders), or the number of caseholders holding at
 * least a limit of children.
 */
public final class Caseloads extends ComputedIndicator<Caseloads.Rows> {

    /** Involvement kinds that make a case social-care work. */
    static final List<String> SOCIAL_CARE_WORK = List.of("REFERRAL", "ASSESSMENT", "SECTION_47", "CIN_PLAN",
            "CP_PLAN", "LOOKED_AFTER");

    /** Allocations and the social-care work open in the same window. */
    public record Rows(List<AllocationRow> allocations, List<InvolvementRow> socialCareWork) {
    }

    private final Integer overLimit;

    private Caseloads(IndicatorDefinition definition, Integer overLimit) {
        super(definition);
        this.overLimit = overLimit;
    }

    public static Caseloads perWorker(IndicatorDefinition definition) {
        return new Caseloads(definition, null);
    }

    /** Caseholders with at least {@code limit} children. */
    public static Caseloads holdersWithAtLeast(IndicatorDefinition definition, int limit) {
        return new Caseloads(definition, limit);
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        LocalDate from = window.first().atEndOfMonth();
        List<InvolvementRow> work = new ArrayList<>();
        for (String kind : SOCIAL_CARE_WORK) {
            work.addAll(queries.involvementsOverlapping(kind, from, window.to()));
        }
        return List.of(new Rows(queries.allocationsOverlapping(from, window.to()), work));
    }

    private static String holder(long workerId) {
        return "Caseholder (staff number " + workerId + ")";
    }

    @Override
    public Tally tally(List<Rows> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Set<Long> inSocialCare = rows.stream().flatMap(r -> r.socialCareWork().stream()).filter(i -> i.openAt(end))
                .map(InvolvementRow::personId).collect(Collectors.toSet());
        Map<Long, Set<Long>> childrenByWorker = rows.stream().flatMap(r -> r.allocations().stream())
                .filter(a -> a.heldAt(end))
                  .collect(Collectors.groupingBy(AllocationRow::workerId, java.util.TreeMap::new,
                        Collectors.mapping(AllocationRow::personId, Collectors.toSet())));
        childrenByWorker.values().removeIf(children -> children.stream().noneMatch(inSocialCare::contains));
        Tally tally = new Tally();
        if (overLimit == null) {
            tally.expectingDenominator();
            childrenByWorker.forEach((worker, children) -> tally.holder(holder(worker), end, children.size(), children,
                    true));
        } else {
            childrenByWorker.forEach((worker, children) -> {
                if (children.size() >= overLimit) {
                    tally.holder(holder(worker), end, 1, children, false);
                }
            });
        }
        return tally;
    }
}
