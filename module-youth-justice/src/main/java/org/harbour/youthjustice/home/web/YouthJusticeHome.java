package org.harbour.youthjustice.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.measures.application.MeasuresService;
import org.harbour.youthjustice.measures.application.TurnaroundView;
import org.harbour.youthjustice.record.application.InvolvementView;
import org.harbour.youthjustice.record.application.RecordService;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs the youth justice home: the case manager's caseload and the panel assessments due for it;
 * for those who hold the measures permission, the children whose Turnaround referral window is open.
 */
@Named
@RequestScoped
public class YouthJusticeHome {

    @Inject
    private RecordService records;

    @Inject
    private JdmpService panel;

    @Inject
    private MeasuresService measures;

    @Inject
    private YjAccess access;

    private List<InvolvementView> caseload;
    private List<TurnaroundView> turnaround;
    private List<JdmpView> agenda;

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

    /** Assessments owed for the user's own caseload, soonest due first. */
    public List<JdmpView> getDue() {
        Set<Long> mine = getCaseload().stream().map(InvolvementView::getPersonId).collect(Collectors.toSet());
        return getAgenda().stream().filter(r -> mine.contains(r.getPersonId()) && r.getAssessedOn() == null)
                .sorted((a, b) -> a.getAssessmentDue().compareTo(b.getAssessmentDue())).toList();
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
