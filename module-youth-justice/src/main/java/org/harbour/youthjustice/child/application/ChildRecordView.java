package org.harbour.youthjustice.child.application;

import org.harbour.youthjustice.assessment.application.AssessmentView;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.outcome.application.OutcomeView;
import org.harbour.youthjustice.record.application.ArrestView;
import org.harbour.youthjustice.record.application.InvolvementView;
import org.harbour.youthjustice.record.application.OffenceView;
import org.harbour.youthjustice.record.application.RemandView;

import java.io.Serializable;
import java.util.List;

/** The child's youth justice record at a glance: involvement, offences, arrests, outcomes, panel referrals, remands, assessments. */
public class ChildRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String childName;
    private final InvolvementView involvement;
    private final List<OffenceView> offences;
    private final List<ArrestView> arrests;
    private final List<OutcomeView> outcomes;
    private final List<JdmpView> panelReferrals;
    private final List<RemandView> remands;
    private final List<AssessmentView> assessments;

    public ChildRecordView(long personId, String childName, InvolvementView involvement, List<OffenceView> offences,
                           List<ArrestView> arrests, List<OutcomeView> outcomes, List<JdmpView> panelReferrals,
                           List<RemandView> remands, List<AssessmentView> assessments) {
        this.personId = personId;
        this.childName = childName;
        this.involvement = involvement;
        this.offences = List.copyOf(offences);
        this.arrests = List.copyOf(arrests);
        this.outcomes = List.copyOf(outcomes);
        this.panelReferrals = List.copyOf(panelReferrals);
        this.remands = List.copyOf(remands);
        this.assessments = List.copyOf(assessments);
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public InvolvementView getInvolvement() {
        return involvement;
    }

    public List<OffenceView> getOffences() {
        return offences;
    }

    public List<ArrestView> getArrests() {
        return arrests;
    }

    public List<OutcomeView> getOutcomes() {
        return outcomes;
    }

    public List<JdmpView> getPanelReferrals() {
        return panelReferrals;
    }

    public List<RemandView> getRemands() {
        return remands;
    }

    /** Assessments with their ratings and what is next due, latest first. */
    public List<AssessmentView> getAssessments() {
        return assessments;
    }

    /** Nothing recorded yet: the child is not known to the service. */
    public boolean isUnknownToService() {
        return involvement == null && offences.isEmpty() && arrests.isEmpty() && outcomes.isEmpty() && remands.isEmpty()
                && assessments.isEmpty();
    }

    /** The remand still running, if any: what the record page offers to end. */
    public RemandView getOpenRemand() {
        return remands.stream().filter(RemandView::isOpen).findFirst().orElse(null);
    }
}
