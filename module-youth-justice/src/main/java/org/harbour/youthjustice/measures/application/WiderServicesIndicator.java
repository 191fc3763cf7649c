package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.StatusAtEnd;
import org.harbour.youthjustice.measures.domain.WiderServices;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;
import org.harbour.youthjustice.plan.domain.WiderService;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** For the scorecard: the YJB KPI "Children known to wider services" at the end of orders and interventions. */
@ApplicationScoped
public class WiderServicesIndicator implements ModuleIndicator {

    /** The social care record's involvements that are wider services, as the KPI names them. */
    static final List<String> WIDER_SERVICES = WiderService.kinds();

    @Inject
    private MeasureRowsRepository rows;

    @Inject
    private CaseData caseData;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "wider-services")
                .title("Children known to wider services at the end of orders")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.NEITHER)
                .definition("Orders and interventions ending in the month (a status taken at the end), the share where the "
                        + "child had an early help episode, a child in need plan, a child protection plan or a looked-after "
                        + "period open on that day in the social care record. A child with more than one ending in the month counts once, as the last found them. YJB KPI 8, version 1 (April 2023).")
                .source("youth justice statuses taken at the end of orders and interventions; the social care record")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        List<StatusAtEnd> ends = rows.statusesAtEnd(first, last);
        if (ends.isEmpty()) {
            return WiderServices.count(ends, (child, day) -> false, from, to);
        }
        List<InvolvementRow> involvements = caseData.read(q -> {
            List<InvolvementRow> all = new ArrayList<>();
            for (String kind : WIDER_SERVICES) {
                all.addAll(q.involvementsOverlapping(kind, first, last));
            }
            return all;
        });
        Map<Long, List<InvolvementRow>> byChild = involvements.stream().collect(Collectors.groupingBy(InvolvementRow::personId));
        return WiderServices.count(ends, (child, day) -> byChild.getOrDefault(child, List.of()).stream()
                .anyMatch(i -> !i.start().isAfter(day) && (i.end() == null || !i.end().isBefore(day))), from, to);
    }
}
