package org.harbour.continuingcare.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.assessment.domain.Assessment;
import org.harbour.continuingcare.assessment.domain.CareDomain;
import org.harbour.continuingcare.assessment.domain.CareLevel;
import org.harbour.continuingcare.assessment.domain.DomainLevel;
import org.harbour.continuingcare.assessment.domain.Recommendation;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.assessment.infrastructure.AssessmentRepository;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The health assessment against the Decision Support Tool. Health data: read and written only
 * with the health-data permission (and the assessor's permission to write).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class AssessmentService {

    public static final String VIEW = "CC_ASSESSMENT_VIEW";
    public static final String UPDATE = "CC_ASSESSMENT_UPDATE";

    @Inject
    private AssessmentRepository repository;

    @Inject
    private CareAccess access;

    @Inject
    private ReferralService referrals;

    public Optional<AssessmentView> find(long referralId) {
        Referral referral = referrals.referral(referralId, CarePermissions.HEALTH_DATA, VIEW);
        Optional<AssessmentView> found = repository.ofReferral(referralId).map(AssessmentView::new);
        access.success(VIEW, referral.getPersonId(), "referral " + referralId);
        return found;
    }

    /**
     * The assessment behind a record the caller has already checked for health data and need to
     * know (a panel paper), without checking or auditing again.
     */
    public Optional<AssessmentView> behind(long referralId) {
        return repository.ofReferral(referralId).map(AssessmentView::new);
    }

    /** Saves the tool; with {@code complete} it must be whole (every domain, a recommendation) and the case goes to panel. */
    public AssessmentView record(long referralId, @NotNull @Valid AssessmentForm form) {
        Referral referral = referrals.referral(referralId, CarePermissions.ASSESS, UPDATE);
        access.require(CarePermissions.HEALTH_DATA, UPDATE, referral.getPersonId());
        if (!referral.isAwaitingAssessment()) {
            throw new RuleRefusedException("status", !referral.hasPassedChecklist()
                    ? "The referral has not passed its checklist yet, so it cannot be assessed."
                    : "The assessment is complete and the case has gone to panel.", List.of());
        }
        Assessment assessment = repository.ofReferral(referralId).orElse(null);
        if (assessment != null) {
            if (form.getVersion() == null) {
                throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
            }
            if (assessment.getVersion() != form.getVersion()) {
                throw new EditConflictException(assessment.getUpdatedBy(), assessment.getUpdatedAt());
            }
        }
        List<DomainLevel> levels = new ArrayList<>();
        for (CareDomain domain : CareDomain.values()) {
            String level = trim(form.getLevels().get(domain.name()));
            if (level == null) {
                if (form.isComplete()) {
                    throw new InvalidInputException("level-" + domain.name(), "Give a level for " + domain.getLabel() + ".");
                }
                continue;
            }
            CareLevel parsed = parse(CareLevel.class, level, "level-" + domain.name());
            if (!domain.allows(parsed)) {
                throw new InvalidInputException("level-" + domain.name(), domain.getLabel() + " has no priority level in the framework.");
            }
            levels.add(new DomainLevel(domain, parsed, trim(form.getEvidence().get(domain.name()))));
        }
        Recommendation recommendation = form.getRecommendation() == null || form.getRecommendation().isBlank() ? null
                : parse(Recommendation.class, form.getRecommendation(), "recommendation");
        if (form.isComplete() && recommendation == null) {
            throw new InvalidInputException("recommendation", "Give your recommendation to the panel.");
        }
        if (assessment == null) {
            assessment = new Assessment(referralId);
            repository.add(assessment);
        }
        assessment.record(levels, trim(form.getPreferences()), trim(form.getMdtReports()), recommendation);
        assessment.touched(access.username(), access.clock().instant());
        if (form.isComplete()) {
            assessment.complete(access.today());
            referral.assessmentCompleted(access.today());
            referral.touched(access.username(), access.clock().instant());
        }
        repository.flush();
        access.success(UPDATE, referral.getPersonId(), "referral " + referralId + (form.isComplete() ? " completed" : " saved"));
        return new AssessmentView(assessment);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of the choices.");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
