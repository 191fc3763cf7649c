package org.harbour.youthjustice.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.youthjustice.plan.domain.WiderService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the social care record had the child known to on each day a status was taken (the YJB's wider services). */
@ApplicationScoped
public class WiderServicesOnTheDay {

    @Inject
    private CaseData caseData;

    /** For each day, the labels of the wider services open that day, in the order of {@link WiderService}. */
    public Map<LocalDate, List<String>> of(long personId, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        LocalDate first = Collections.min(days);
        LocalDate last = Collections.max(days);
        Map<WiderService, List<InvolvementRow>> open = caseData.read(q -> {
            Map<WiderService, List<InvolvementRow>> rows = new HashMap<>();
            for (WiderService service : WiderService.values()) {
                rows.put(service, q.involvementsOverlapping(service.name(), first, last).stream()
                        .filter(i -> i.personId() == personId).toList());
            }
            return rows;
        });
        Map<LocalDate, List<String>> byDay = new HashMap<>();
        for (LocalDate day : days) {
            List<String> labels = new ArrayList<>();
            for (WiderService service : WiderService.values()) {
                if (open.get(service).stream().anyMatch(i -> !i.start().isAfter(day) && (i.end() == null || !i.end().isBefore(day)))) {
                    labels.add(service.getLabel());
                }
            }
            byDay.put(day, List.copyOf(labels));
        }
        return byDay;
    }
}
