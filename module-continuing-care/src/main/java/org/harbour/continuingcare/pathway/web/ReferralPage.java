package org.harbour.continuingcare.pathway.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.assessment.application.AssessmentForm;
import org.harbour.continuingcare.assessment.application.AssessmentService;
import org.harbour.continuingcare.assessment.application.AssessmentView;
import org.harbour.continuingcare.assessment.domain.CareDomain;
import org.harbour.continuingcare.assessment.domain.Recommendation;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.access.web.Refusals;
import org.omnifaces.util.Messages;
import org.harbour.continuingcare.packages.application.FundingService;
import org.harbour.continuingcare.packages.application.SplitForm;
import org.harbour.continuingcare.packages.application.PackageForm;
import org.harbour.continuingcare.packages.application.PackageService;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageType;
import org.harbour.continuingcare.packages.domain.QualityRating;
import org.harbour.continuingcare.referral.application.EvidenceView;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.application.ReferralView;
import org.harbour.continuingcare.referral.domain.EvidenceItem;
import org.harbour.continuingcare.packages.application.ReviewService;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs continuing-care/referral.xhtml: one referral through the pathway. The checklist and the
 * gate to assessment, the Decision Support Tool (health data, for those who may see it), and the
 * packages with their funding splits and reviews.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    @Inject
    private AssessmentService assessments;

    @Inject
    private PackageService packages;

    @Inject
    private FundingService funding;

    @Inject
    private ReviewService reviews;

    @Inject
    private CareAccess access;

    private Long id;
    private ReferralView referral;
    private List<PackageView> packageList;
    private final Map<String, LocalDate> received = new HashMap<>();
    private String assessor;
    private AssessmentForm assessment = new AssessmentForm();
    private final PackageForm packageForm = new PackageForm();
    private final SplitForm splitForm = new SplitForm();
    private Long splitPackage;
    private LocalDate reviewedOn;
    private String reviewOutcome;
    private Long reviewPackage;
    private Long ratedPackage;
    private String rating;
    private LocalDate visitedOn;
    private String ratingNote;
    private Long clinicalPackage;
    private LocalDate clinicalReviewOn;
    private String clinicalOutcome;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            refresh();
            LocalDate today = LocalDate.now(Clock.systemUTC());
            packageForm.setStartDate(today);
            splitForm.setEffectiveFrom(today);
            reviewedOn = today;
            visitedOn = today;
            clinicalReviewOn = today;
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    private void refresh() {
        referral = referrals.find(id);
        received.clear();
        referral.getEvidence().forEach(e -> received.put(e.getItem(), e.getReceivedOn()));
        packageList = packages.ofChild(referral.getPersonId()).stream().filter(p -> p.getReferralId() == id).toList();
        if (isMaySeeHealthData()) {
            assessment = new AssessmentForm();
            assessments.find(id).ifPresent(this::fill);
        }
    }

    private void fill(AssessmentView a) {
        for (AssessmentView.LevelView level : a.getLevels()) {
            assessment.getLevels().put(level.getDomain(), level.getLevel());
            assessment.getEvidence().put(level.getDomain(), level.getEvidence());
        }
        assessment.setPreferences(a.getPreferences());
        assessment.setMdtReports(a.getMdtReports());
        assessment.setRecommendation(a.getRecommendation());
        assessment.setVersion(a.getVersion());
    }

    /** Saves the checklist items whose date changed, one by one, each on the version just read. */
    public void saveChecklist() {
        boolean saved = Refusals.attempt("checklist-form", Map.of(), () -> {
            long version = referral.getVersion();
            for (EvidenceView e : referral.getEvidence()) {
                LocalDate now = received.get(e.getItem());
                if (!Objects.equals(now, e.getReceivedOn())) {
                    version = referrals.recordEvidence(id, EvidenceItem.valueOf(e.getItem()), now, version).getVersion();
                }
            }
        });
        if (saved) {
            refresh();
            Messages.addGlobalInfo(referral.getGaps().isEmpty() ? "Checklist saved: all required evidence is in."
                    : "Checklist saved. Still missing: " + String.join("; ", referral.getGaps()) + ".");
        }
    }

    public void sendToAssessment() {
        if (Refusals.attempt("gate-form", Map.of("assessor", "assessor"),
                () -> referrals.sendToAssessment(id, assessor, referral.getVersion()))) {
            refresh();
            Messages.addGlobalInfo("Sent to " + referral.getAssessor() + " for assessment.");
        }
    }

    public void saveAssessment(boolean complete) {
        assessment.setComplete(complete);
        Map<String, String> inputs = new HashMap<>();
        for (CareDomain d : CareDomain.values()) {
            inputs.put("level-" + d.name(), "level-" + d.ordinal());
        }
        inputs.put("recommendation", "recommendation");
        inputs.put("preferences", "preferences");
        inputs.put("mdtReports", "mdt-reports");
        if (Refusals.attempt("assessment-form", inputs, () -> assessments.record(id, assessment))) {
            refresh();
            Messages.addGlobalInfo(complete ? "Assessment complete: the case is ready for the funding panel." : "Assessment saved.");
        }
    }

    public void proposePackage() {
        if (Refusals.attempt("package-form", Map.of("provider", "provider", "type", "type", "startDate", "start-date",
                "endDate", "start-date", "weeklyCost", "weekly-cost"), () -> packages.propose(id, packageForm))) {
            refresh();
            Messages.addGlobalInfo("Package proposed.");
        }
    }

    public void agree(PackageView p) {
        if (Refusals.attempt("packages-form", Map.of(), () -> packages.agree(p.getId(), p.getVersion()))) {
            refresh();
            Messages.addGlobalInfo("Package agreed: it runs from " + (p.getStartDate() == null ? "the day it is agreed" : p.getStartDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))) + ".");
        }
    }

    public void addSplit() {
        if (Refusals.attempt("split-form", Map.of("effectiveFrom", "effective-from", "health", "health",
                "socialCare", "social-care", "education", "education"), () -> funding.addSplit(splitPackage, splitForm))) {
            refresh();
            Messages.addGlobalInfo("Funding split recorded.");
        }
    }

    public void recordReview() {
        if (Refusals.attempt("review-form", Map.of("reviewedOn", "reviewed-on", "outcome", "review-outcome"),
                () -> reviews.record(reviewPackage, reviewedOn, reviewOutcome))) {
            refresh();
            Messages.addGlobalInfo("Review recorded.");
        }
    }

    public void rate() {
        PackageView p = packageOf(ratedPackage);
        if (Refusals.attempt("rating-form", Map.of("rating", "rating", "visitedOn", "visited-on", "note", "rating-note"),
                () -> packages.rate(p == null ? -1 : p.getId(), rating, visitedOn, ratingNote, p == null ? null : p.getVersion()))) {
            refresh();
            Messages.addGlobalInfo("Quality rating recorded.");
        }
    }

    public void clinicalReviewDone() {
        PackageView p = packageOf(clinicalPackage);
        if (Refusals.attempt("clinical-form", Map.of("clinicalReviewDoneOn", "clinical-on", "clinicalReviewOutcome", "clinical-outcome"),
                () -> packages.clinicalReviewDone(p == null ? -1 : p.getId(), clinicalReviewOn, clinicalOutcome, p == null ? null : p.getVersion()))) {
            refresh();
            Messages.addGlobalInfo("Clinical review recorded.");
        }
    }

    private PackageView packageOf(Long packageId) {
        return packageList.stream().filter(p -> packageId != null && p.getId() == packageId).findFirst().orElse(null);
    }

    public List<PackageView> getOpenClinicalReviews() {
        return packageList.stream().filter(PackageView::isClinicalReviewOpen).toList();
    }

    public List<QualityRating> getQualityRatings() {
        return Arrays.asList(QualityRating.values());
    }

    public Long getRatedPackage() {
        return ratedPackage;
    }

    public void setRatedPackage(Long ratedPackage) {
        this.ratedPackage = ratedPackage;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getRatingNote() {
        return ratingNote;
    }

    public void setRatingNote(String ratingNote) {
        this.ratingNote = ratingNote;
    }

    public Long getClinicalPackage() {
        return clinicalPackage;
    }

    public void setClinicalPackage(Long clinicalPackage) {
        this.clinicalPackage = clinicalPackage;
    }

    public LocalDate getClinicalReviewOn() {
        return clinicalReviewOn;
    }

    public void setClinicalReviewOn(LocalDate clinicalReviewOn) {
        this.clinicalReviewOn = clinicalReviewOn;
    }

    public String getClinicalOutcome() {
        return clinicalOutcome;
    }

    public void setClinicalOutcome(String clinicalOutcome) {
        this.clinicalOutcome = clinicalOutcome;
    }

    public boolean isMaySeeHealthData() {
        return access.has(CarePermissions.HEALTH_DATA);
    }

    public boolean isMayRefer() {
        return access.has(CarePermissions.REFER);
    }

    public boolean isMayAssess() {
        return access.has(CarePermissions.ASSESS) && isMaySeeHealthData();
    }

    /** The assessment form is open: the user is an assessor who may see health data, and the referral is with the assessor. */
    public boolean isMayWriteAssessment() {
        return isMayAssess() && referral.isAwaitingAssessment();
    }

    public boolean isMayCommission() {
        return access.has(CarePermissions.COMMISSION);
    }

    public boolean isMayReview() {
        return access.has(CarePermissions.REVIEW);
    }

    public List<CareDomain> getDomains() {
        return Arrays.asList(CareDomain.values());
    }

    public List<Recommendation> getRecommendations() {
        return Arrays.asList(Recommendation.values());
    }

    public List<PackageType> getPackageTypes() {
        return Arrays.asList(PackageType.values());
    }

    public List<PackageView> getAgreedPackages() {
        return packageList.stream().filter(PackageView::isAgreed).toList();
    }

    public BigDecimal annual(BigDecimal weekly) {
        return CarePackage.annual(weekly);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReferralView getReferral() {
        return referral;
    }

    public List<PackageView> getPackages() {
        return packageList;
    }

    public Map<String, LocalDate> getReceived() {
        return received;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public PackageForm getPackageForm() {
        return packageForm;
    }

    public SplitForm getSplitForm() {
        return splitForm;
    }

    public Long getSplitPackage() {
        return splitPackage;
    }

    public void setSplitPackage(Long splitPackage) {
        this.splitPackage = splitPackage;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(String reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public Long getReviewPackage() {
        return reviewPackage;
    }

    public void setReviewPackage(Long reviewPackage) {
        this.reviewPackage = reviewPackage;
    }

    /** The panel's decision in words. */
    public String getOutcomeLabel() {
        return referral == null ? "" : Outcome.labelOf(referral.getOutcome());
    }
}
