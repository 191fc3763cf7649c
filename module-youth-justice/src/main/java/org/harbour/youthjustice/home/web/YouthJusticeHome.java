package org.harbour.youthjustice.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.record.application.InvolvementView;
import org.harbour.youthjustice.record.application.RecordService;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Backs the youth justice home: the case manager's caseload and the panel assessments due for it. */
@Named
@RequestScoped
public class YouthJusticeHome {

    @Inject
    private RecordService records;

    @Inject
    private JdmpService panel;

    private List<InvolvementView> caseload;
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
}
