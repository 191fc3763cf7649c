package org.harbour.youthjustice.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.Inputs;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.assessment.domain.Assessment;
import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.harbour.youthjustice.assessment.domain.AssessmentRules;
import org.harbour.youthjustice.assessment.domain.AssessmentType;
import org.harbour.youthjustice.assessment.domain.Rating;
import org.harbour.youthjustice.assessment.domain.Ratings;
import org.harbour.youthjustice.assessment.infrastructure.AssessmentRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * The child's assessments: started (and perhaps completed at once), completed with their ratings
 * and review day, countersigned by someone other than the author. Reading needs
 * {@code youth-justice:access}, recording {@code youth-justice:record}, countersigning
 * {@code youth-justice:decide}; each also the user's reach to the child.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class AssessmentService {

    public static final String VIEW = "YJ_ASSESSMENT_VIEW";
    public static final String CREATE = "YJ_ASSESSMENT_CREATE";
    public static final String COMPLETE = "YJ_ASSESSMENT_COMPLETE";
    public static final String COUNTERSIGN = "YJ_ASSESSMENT_COUNTERSIGN";
    private static final String RECORD_TYPE = "youth-justice-assessment";

    @Inject
    private AssessmentRepository repository;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private YjAccess access;

    public List<AssessmentView> ofChild(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        LocalDate today = access.today();
        List<AssessmentView> views = repository.ofChild(personId).stream().map(a -> new AssessmentView(a, today)).toList();
        access.success(VIEW, personId, "assessments: " + views.size());
        return views;
    }

    public AssessmentView start(long personId, @NotNull @Valid AssessmentForm form) {
        access.require(YjPermissions.RECORD, CREATE, personId);
        AssessmentType type = Inputs.parse(AssessmentType.class, form.getType(), "type", "Choose one of the assessments listed.");
        access.requireYouthJusticeAge(personId, form.getStartedOn(), "startedOn");
        String author = form.getAuthor() == null || form.getAuthor().isBlank() ? access.username() : form.getAuthor().strip();
        Ratings ratings = ratings(form);
        Inputs.refuseIfBroken(AssessmentRules.problems(type, form.getStartedOn(), form.getCompletedOn(), ratings, form.getReviewDueOn(),
                null, author, null));
        Assessment assessment = new Assessment(personId, type, author, form.getStartedOn(),
                calendar.addWorkingDays(form.getStartedOn(), AssessmentRules.COMPLETION_WORKING_DAYS), access.username(), access.now());
        if (form.getCompletedOn() != null) {
            assessment.complete(form.getCompletedOn(), ratings, form.getReviewDueOn());
        }
        repository.add(assessment);
        access.success(CREATE, personId, "assessment " + assessment.getId() + " " + type
                + (assessment.isCompleted() ? " completed " + assessment.getCompletedOn() : " started"));
        return new AssessmentView(assessment, access.today());
    }

    /** The completion day, ratings and review day of an assessment in progress or a correction of them; send the version read. */
    public AssessmentView complete(long id, @NotNull @Valid AssessmentForm form) {
        Assessment assessment = found(id, YjPermissions.RECORD, COMPLETE);
        YjAccess.checkVersion(assessment, form.getVersion());
        if (form.getCompletedOn() == null) {
            throw new InvalidInputException("completedOn", "Enter the day the assessment was completed.");
        }
        if (assessment.getCountersignedOn() != null) {
            throw new InvalidInputException("completedOn", "A countersigned assessment is not changed: start a review instead.");
        }
        Ratings ratings = ratings(form);
        Inputs.refuseIfBroken(AssessmentRules.problems(assessment.getType(), assessment.getStartedOn(), form.getCompletedOn(), ratings,
                form.getReviewDueOn(), null, assessment.getAuthor(), null));
        assessment.complete(form.getCompletedOn(), ratings, form.getReviewDueOn());
        assessment.touched(access.username(), access.now());
        repository.flush();
        access.success(COMPLETE, assessment.getPersonId(), "assessment " + id + " completed " + assessment.getCompletedOn()
                + ", review due " + assessment.getReviewDueOn());
        return new AssessmentView(assessment, access.today());
    }

    /** Countersigned by the signed-in user, who is not its author. */
    public AssessmentView countersign(long id, LocalDate on, Long version) {
        Assessment assessment = found(id, YjPermissions.DECIDE, COUNTERSIGN);
        YjAccess.checkVersion(assessment, version);
        access.pastOrToday(on, "countersignedOn", "the day it was countersigned");
        Inputs.refuseIfBroken(AssessmentRules.problems(assessment.getType(), assessment.getStartedOn(), assessment.getCompletedOn(),
                assessment.ratings(), null, on, assessment.getAuthor(), access.username()));
        assessment.countersign(on, access.username());
        assessment.touched(access.username(), access.now());
        repository.flush();
        access.success(COUNTERSIGN, assessment.getPersonId(), "assessment " + id + " countersigned " + on);
        return new AssessmentView(assessment, access.today());
    }

    private Assessment found(long id, String permission, String action) {
        Assessment assessment = repository.find(id).orElse(null);
        if (assessment == null) {
            access.requirePermission(permission, action, RECORD_TYPE, Long.toString(id));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, assessment.getPersonId());
        return assessment;
    }


    private static Ratings ratings(AssessmentForm form) {
        return new Ratings(rating(form.getLikelihoodOfReoffending(), "likelihoodOfReoffending"),
                rating(form.getRiskOfSeriousHarm(), "riskOfSeriousHarm"), rating(form.getSafetyAndWellbeing(), "safetyAndWellbeing"));
    }

    private static Rating rating(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Inputs.parse(Rating.class, value, field, "A rating is low, medium, high or very high.");
    }
}
