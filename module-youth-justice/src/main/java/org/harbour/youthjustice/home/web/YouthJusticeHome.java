package org.harbour.youthjustice.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.measures.application.MeasuresService;
import org.harbour.youthjustice.measures.application.TurnaroundView;
import org.harbour.youthjustice.record.application.InvolvementView;
import org.harbour.youthjustice.record.application.RecordService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs the youth justice home: the case manager's caseload and what is due for it;
 * for those who hold the measures permission, the children whose Turnaround referral window is open.
 */
@Named
@RequestScoped
public class YouthJusticeHome {

    private static final String MODULE = "youth-justice";

    @Inject
    private RecordService records;

    @Inject
    private JdmpService panel;

    @Inject
    private MeasuresService measures;

    @Inject
    private YjAccess access;

    @Inject
    private Instance<WorkItemSource> workItemSources;

    private List<InvolvementView> caseload;
    private List<TurnaroundView> turnaround;
    private List<JdmpView> agenda;
    private List<DueItem> due;

    public List<InvolvementView> getCaseload() {
        if (caseload == null) {
            caseload = records.myCaseload();
        }
        return caseload;
    }

    /** The panel's whole agenda, as far as the user may reach it. */
    public List<JdmpView> getAgenda() {
        if (agenda == null) {
            agenda = panel.agenda();
        }
        return agenda;
    }

    /**
     * What is due for the user's own caseload, soonest first: the module's part of My work (panel
     * assessments, assessments and reviews, reports to court, hearings, order ends, caution duties,
     * resettlement, packages' reviews and Turnaround windows), from the same sources.
     */
    public List<DueItem> getDue() {
        if (due == null) {
            Map<Long, String> names = getCaseload().stream()
                    .collect(Collectors.toMap(InvolvementView::getPersonId, InvolvementView::getChildName, (a, b) -> a));
            LocalDate today = LocalDate.now(Clock.systemUTC());
            due = names.isEmpty() ? List.of() : workItemSources.stream().filter(s -> MODULE.equals(s.moduleId()))
                    .flatMap(s -> s.dueFor(names.keySet(), today).stream())
                    .sorted(Comparator.comparing(WorkItem::getDueOn).thenComparing(WorkItem::getTitle))
                    .map(item -> new DueItem(names.get(item.getPersonId()), item)).toList();
        }
        return due;
    }

    public boolean isMaySeeMeasures() {
        return access.has(YjPermissions.MEASURES);
    }

    /** Children who may be referred to Turnaround today, soonest window end first. */
    public List<TurnaroundView> getTurnaround() {
        if (turnaround == null) {
            turnaround = measures.turnaroundEligible();
        }
        return turnaround;
    }
}
