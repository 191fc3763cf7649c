package org.harbour.youthjustice.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.assessment.application.AssessmentForm;
import org.harbour.youthjustice.assessment.application.AssessmentService;
import org.harbour.youthjustice.assessment.application.AssessmentView;
import org.harbour.youthjustice.assessment.domain.AssessmentType;
import org.harbour.youthjustice.assessment.domain.Rating;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/assessments.xhtml: the child's assessments with their ratings and what is
 * due, and the forms to start one, complete it and countersign it. The list is read again after
 * each change; the services check and audit.
 */
@Named
@ViewScoped
public class AssessmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("type", "assessment-type", "startedOn", "assessment-started",
            "author", "assessment-author", "completedOn", "assessment-completed", "likelihoodOfReoffending", "rating-reoffending",
            "riskOfSeriousHarm", "rating-harm", "safetyAndWellbeing", "rating-wellbeing", "reviewDueOn", "review-due");

    @Inject
    private AssessmentService assessments;

    @Inject
    private YjAccess access;

    private Long person;
    private AssessmentForm start = new AssessmentForm();
    private AssessmentForm completion = new AssessmentForm();
    private Long completionId;
    private Long countersignId;
    private transient List<AssessmentView> list;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            list = assessments.ofChild(person);
            start.setStartedOn(access.today());
            completion.setCompletedOn(access.today());
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public List<AssessmentView> getAssessments() {
        if (list == null && person != null) {
            list = assessments.ofChild(person);
        }
        return list;
    }

    public String getChildName() {
        return person == null ? "" : access.childName(person);
    }

    public void startAssessment() {
        AssessmentView done = PageAction.on("start-form", INPUTS).call(() -> assessments.start(person, start));
        if (done != null) {
            start = new AssessmentForm();
            start.setStartedOn(access.today());
            refreshed(done.isCompleted() ? "Assessment recorded; review due " + done.getReviewDueOn() + "." : "Assessment started.");
        }
    }

    public void completeAssessment() {
        AssessmentView chosen = chosen(completionId);
        if (chosen == null) {
            Messages.addError("complete-form:complete-assessment", "Choose the assessment.");
            return;
        }
        completion.setType(chosen.getType());
        completion.setStartedOn(chosen.getStartedOn());
        completion.setVersion(chosen.getVersion());
        AssessmentView done = PageAction.on("complete-form", Map.of("completedOn", "completed-on", "likelihoodOfReoffending",
                "complete-reoffending", "riskOfSeriousHarm", "complete-harm", "safetyAndWellbeing", "complete-wellbeing",
                "reviewDueOn", "complete-review")).call(() -> assessments.complete(chosen.getId(), completion));
        if (done != null) {
            completion = new AssessmentForm();
            completion.setCompletedOn(access.today());
            completionId = null;
            refreshed("Assessment completed; review due " + done.getReviewDueOn() + ".");
        }
    }

    public void countersign() {
        AssessmentView chosen = chosen(countersignId);
        if (chosen == null) {
            Messages.addError("countersign-form:countersign-assessment", "Choose the assessment.");
            return;
        }
        AssessmentView done = PageAction.on("countersign-form", Map.of("countersignedOn", "countersign-assessment",
                "countersignedBy", "countersign-assessment"))
                .call(() -> assessments.countersign(chosen.getId(), access.today(), chosen.getVersion()));
        if (done != null) {
            countersignId = null;
            refreshed("Assessment countersigned.");
        }
    }

    private AssessmentView chosen(Long id) {
        return id == null ? null : getAssessments().stream().filter(a -> a.getId() == id).findFirst().orElse(null);
    }

    private void refreshed(String message) {
        list = null;
        Messages.addGlobalInfo(message);
    }

    public List<AssessmentView> getInProgress() {
        return getAssessments().stream().filter(a -> !a.isCompleted()).toList();
    }

    public List<AssessmentView> getToCountersign() {
        return getAssessments().stream().filter(a -> a.isCompleted() && a.getCountersignedOn() == null
                && !a.getAuthor().equalsIgnoreCase(access.username())).toList();
    }

    public AssessmentType[] getTypes() {
        return AssessmentType.values();
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public boolean isMayRecord() {
        return access.has(YjPermissions.RECORD);
    }

    public boolean isMayCountersign() {
        return access.has(YjPermissions.DECIDE);
    }

    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public AssessmentForm getStart() { return start; }
    public AssessmentForm getCompletion() { return completion; }
    public Long getCompletionId() { return completionId; }
    public void setCompletionId(Long completionId) { this.completionId = completionId; }
    public Long getCountersignId() { return countersignId; }
    public void setCountersignId(Long countersignId) { this.countersignId = countersignId; }
}
