package org.harbour.youthjustice.court.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.caution.application.CautionDutyService;
import org.harbour.youthjustice.caution.application.CautionDutyView;
import org.harbour.youthjustice.atc.application.AlternativePackageService;
import org.harbour.youthjustice.atc.application.PackageForm;
import org.harbour.youthjustice.atc.application.PackageView;
import org.harbour.youthjustice.atc.application.ReviewForm;
import org.harbour.youthjustice.atc.domain.AlternativePackage;
import org.harbour.youthjustice.court.application.BailForm;
import org.harbour.youthjustice.court.application.BailService;
import org.harbour.youthjustice.court.application.BailView;
import org.harbour.youthjustice.court.application.BreachForm;
import org.harbour.youthjustice.court.application.BreachView;
import org.harbour.youthjustice.court.application.CourtDiaryService;
import org.harbour.youthjustice.court.application.CourtOutcomeView;
import org.harbour.youthjustice.court.application.CourtRecordService;
import org.harbour.youthjustice.court.application.CourtRecordView;
import org.harbour.youthjustice.court.application.HearingForm;
import org.harbour.youthjustice.court.application.HearingView;
import org.harbour.youthjustice.court.application.ReportForm;
import org.harbour.youthjustice.court.application.ReportView;
import org.harbour.youthjustice.court.application.SentenceForm;
import org.harbour.youthjustice.court.application.SentenceService;
import org.harbour.youthjustice.court.domain.BailKind;
import org.harbour.youthjustice.court.domain.BreachAction;
import org.harbour.youthjustice.court.domain.HearingPurpose;
import org.harbour.youthjustice.court.domain.YroRequirement;
import org.harbour.youthjustice.outcome.application.OutcomeService;
import org.harbour.youthjustice.outcome.application.OutcomeTypeView;
import org.harbour.youthjustice.record.application.OffenceView;
import org.harbour.youthjustice.record.application.RecordService;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/child-court.xhtml: the child's court work with the forms to diary a hearing,
 * take a report request, file it, record the court's outcome, a breach and bail support, and meet
 * a duty to assess after a caution. Keeps the child's id and the forms in view scope; the record is
 * read again on each request.
 */
@Named
@ViewScoped
public class ChildCourtPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourtRecordService courtRecords;

    @Inject
    private CourtDiaryService diary;

    @Inject
    private SentenceService sentences;

    @Inject
    private BailService bailService;

    @Inject
    private CautionDutyService duties;

    @Inject
    private RecordService records;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private YjAccess access;

    private Long person;
    private HearingForm hearing = new HearingForm();
    private ReportForm report = new ReportForm();
    private SentenceForm sentence = new SentenceForm();
    private BreachForm breach = new BreachForm();
    private BailForm bail = new BailForm();
    private Long breachOrderId;
    private LocalDate filedOn;
    private LocalDate bailEndedOn;
    private LocalDate dutyAssessedOn;
    private String dutyIntervention;
    private transient CourtRecordView record;
    private transient List<CautionDutyView> cautionDuties;
    private transient List<OffenceView> offences;
    private PackageForm alternative = new PackageForm();
    private ReviewForm alternativeReview = new ReviewForm();
    private transient List<PackageView> packages;

    @Inject
    private AlternativePackageService alternatives;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            record = courtRecords.record(person);
            LocalDate today = access.today();
            report.setRequestedOn(today);
            sentence.setSentencedOn(today);
            breach.setFailedOn(today);
            bail.setStartedOn(today);
            filedOn = today;
            bailEndedOn = today;
            dutyAssessedOn = today;
            alternative.setStartedOn(today);
            alternative.setReviewDueOn(today.plusMonths(1));
            alternativeReview.setReviewedOn(today);
            alternativeReview.setReviewDueOn(today.plusMonths(AlternativePackage.REVIEW_WITHIN_MONTHS));
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public CourtRecordView getRecord() {
        if (record == null && person != null) {
            record = courtRecords.record(person);
        }
        return record;
    }

    public List<CautionDutyView> getCautionDuties() {
        if (cautionDuties == null && person != null) {
            cautionDuties = duties.ofChild(person);
        }
        return cautionDuties;
    }

    public void addHearing() {
        HearingView done = PageAction.on("hearing-form", Map.of("hearingOn", "hearing-on", "courtName", "court-name",
                "purpose", "purpose", "offenceId", "hearing-offence")).call(() -> diary.addHearing(person, hearing));
        if (done != null) {
            hearing = new HearingForm();
            refreshed("Hearing put in the diary.");
        }
    }

    public void requestReport() {
        ReportView done = PageAction.on("report-form", Map.of("requestedOn", "requested-on", "dueOn", "due-on",
                "hearingId", "report-hearing")).call(() -> diary.requestReport(person, report));
        if (done != null) {
            report = new ReportForm();
            report.setRequestedOn(done.getRequestedOn());
            refreshed("Pre-sentence report requested; it is in My work until filed.");
        }
    }

    public void fileReport(long id, long version) {
        ReportView done = PageAction.on("reports-form", Map.of("filedOn", "filed-on"))
                .call(() -> diary.fileReport(id, filedOn, version));
        if (done != null) {
            refreshed(done.isLate() ? "Report filed, after its due day." : "Report filed.");
        }
    }

    public void recordSentence() {
        CourtOutcomeView done = PageAction.on("sentence-form", Map.of("type", "sentence-type", "offenceId", "sentence-offence",
                "sentencedOn", "sentenced-on", "months", "months", "extensionMonths", "extension-months",
                "requirements", "requirements", "note", "sentence-note")).call(() -> sentences.sentence(person, sentence));
        if (done != null) {
            sentence = new SentenceForm();
            sentence.setSentencedOn(done.getOutcome().getOutcomeOn());
            refreshed(done.getOrder() == null ? "Court outcome recorded."
                    : "Order recorded" + (done.getOrder().getEndsOn() == null ? "." : ", to " + done.getOrder().getEndsOn() + "."));
        }
    }

    public void recordBreach() {
        if (breachOrderId == null) {
            Messages.addError("breach-form:breach-order", "Choose the order that was breached.");
            return;
        }
        BreachView done = PageAction.on("breach-form", Map.of("orderId", "breach-order", "failedOn", "failed-on",
                "action", "breach-action", "description", "breach-description")).call(() -> sentences.breach(breachOrderId, breach));
        if (done != null) {
            breach = new BreachForm();
            breach.setFailedOn(done.getFailedOn());
            refreshed("Breach recorded: " + done.getActionLabel().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    public void startBail() {
        BailView done = PageAction.on("bail-form", Map.of("kind", "bail-kind", "startedOn", "bail-from", "conditions", "bail-conditions"))
                .call(() -> bailService.start(person, bail));
        if (done != null) {
            bail = new BailForm();
            refreshed("Bail support recorded.");
        }
    }

    public void endBail() {
        BailView open = getRecord().getOpenBail();
        if (open == null) {
            return;
        }
        BailView done = PageAction.on("bail-end-form", Map.of("endedOn", "bail-ended-on"))
                .call(() -> bailService.end(open.getId(), bailEndedOn, open.getVersion()));
        if (done != null) {
            refreshed("Bail support ended.");
        }
    }

    public void meetDuty(long id, long version) {
        CautionDutyView done = PageAction.on("duty-form", Map.of("assessedOn", "duty-assessed-on", "intervention", "duty-intervention"))
                .call(() -> duties.met(id, dutyAssessedOn, dutyIntervention, version));
        if (done != null) {
            dutyIntervention = null;
            refreshed("Assessment and intervention recorded.");
        }
    }

    /** Begins an alternative-to-custody package with its risk management plan. */
    public void startPackage() {
        PackageView done = PageAction.on("package-form", Map.of("startedOn", "package-from", "summary", "package-summary",
                "riskManagementPlan", "package-plan", "reviewDueOn", "package-review-due")).call(() -> alternatives.start(person, alternative));
        if (done != null) {
            alternative = new PackageForm();
            packages = null;
            refreshed("Alternative-to-custody package recorded; its review is in My work.");
        }
    }

    /** Reviews the open package: the next review, and the plan if revised. */
    public void reviewPackage() {
        PackageView open = getOpenPackage();
        if (open == null) {
            return;
        }
        alternativeReview.setVersion(open.version());
        PackageView done = PageAction.on("package-review-form", Map.of("reviewedOn", "package-reviewed-on",
                "reviewDueOn", "package-next-review", "riskManagementPlan", "package-revised-plan"))
                .call(() -> alternatives.review(open.id(), alternativeReview));
        if (done != null) {
            alternativeReview.setRiskManagementPlan(null);
            packages = null;
            refreshed("Package reviewed; the next review is due " + done.reviewDueOn() + ".");
        }
    }

    /** Read once per view, so the read is audited once. */
    public List<PackageView> getPackages() {
        if (packages == null && person != null) {
            packages = alternatives.ofChild(person);
        }
        return packages;
    }

    public PackageView getOpenPackage() {
        return getPackages() == null ? null : getPackages().stream().filter(PackageView::open).findFirst().orElse(null);
    }

    public PackageForm getAlternative() {
        return alternative;
    }

    public ReviewForm getAlternativeReview() {
        return alternativeReview;
    }

    private void refreshed(String message) {
        record = null;
        cautionDuties = null;
        Messages.addGlobalInfo(message);
    }

    /** Read once per view, so the read is audited once rather than at each mention on the page. */
    public List<OffenceView> getOffences() {
        if (offences == null && person != null) {
            offences = records.offences(person);
        }
        return offences;
    }

    /** The court's outcomes: not the panel's decisions, not prevention. */
    public List<OutcomeTypeView> getCourtOutcomeTypes() {
        return outcomes.types().stream().filter(t -> !t.isJdmpDecision())
                .filter(t -> t.getRung().equals("Court") || t.getRung().equals("Custody")).toList();
    }

    public HearingPurpose[] getPurposes() {
        return HearingPurpose.values();
    }

    public YroRequirement[] getRequirementChoices() {
        return YroRequirement.values();
    }

    public BreachAction[] getBreachActions() {
        return BreachAction.values();
    }

    public BailKind[] getBailKinds() {
        return BailKind.values();
    }

    public boolean isMayRecordCourt() {
        return access.has(YjPermissions.COURT);
    }

    public boolean isMayRecord() {
        return access.has(YjPermissions.RECORD);
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public HearingForm getHearing() {
        return hearing;
    }

    public ReportForm getReport() {
        return report;
    }

    public SentenceForm getSentence() {
        return sentence;
    }

    public BreachForm getBreach() {
        return breach;
    }

    public BailForm getBail() {
        return bail;
    }

    public Long getBreachOrderId() {
        return breachOrderId;
    }

    public void setBreachOrderId(Long breachOrderId) {
        this.breachOrderId = breachOrderId;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public LocalDate getBailEndedOn() {
        return bailEndedOn;
    }

    public void setBailEndedOn(LocalDate bailEndedOn) {
        this.bailEndedOn = bailEndedOn;
    }

    public LocalDate getDutyAssessedOn() {
        return dutyAssessedOn;
    }

    public void setDutyAssessedOn(LocalDate dutyAssessedOn) {
        this.dutyAssessedOn = dutyAssessedOn;
    }

    public String getDutyIntervention() {
        return dutyIntervention;
    }

    public void setDutyIntervention(String dutyIntervention) {
        this.dutyIntervention = dutyIntervention;
    }
}
