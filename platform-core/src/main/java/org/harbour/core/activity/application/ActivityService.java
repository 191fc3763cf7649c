package org.harbour.core.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.activity.domain.Activity;
import org.harbour.core.activity.domain.ActivityKind;
import org.harbour.core.activity.domain.CaseNote;
import org.harbour.core.activity.domain.ContactMethod;
import org.harbour.core.activity.domain.Review;
import org.harbour.core.activity.domain.ReviewType;
import org.harbour.core.activity.domain.ReviewParticipation;
import org.harbour.core.activity.domain.Supervision;
import org.harbour.core.activity.domain.Visit;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.WorkingCases;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.InvalidInputException.FieldProblem;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Records, reads and changes the activities on a child's case. Every call checks the user's
 * right to the child's record first and is audited under the kind's action ({@code VISIT_CREATE},
 * {@code CASE_NOTE_VIEW}...). Only the worker who recorded an activity may change it.
 */
@ApplicationScoped
// A refusal's audit entry joins the transaction: refusals and bad input must not roll it back.
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class,
        InvalidInputException.class, ConstraintViolationException.class, EditConflictException.class})
@Requires(CorePermissions.RECORDS)
public class ActivityService {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private CurrentAccess access;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AuditLog audit;

    @Inject
    private WorkingCases workingCases;

    @Inject
    private Validator validator;

    private final Clock clock = Clock.systemUTC();

    /** The child's activities, newest first. */
    public List<ActivityView> list(long personId) {
        recordAccess.require(personId, "ACTIVITY_VIEW");
        String viewer = username();
        List<ActivityView> views = em.createQuery(
                        "select a from Activity a where a.personId = :person order by a.occurredOn desc, a.id desc",
                        Activity.class)
                .setParameter("person", personId).getResultStream().map(a -> ActivityView.of(a, viewer)).toList();
        audit.success("ACTIVITY_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), views.size() + " activities");
        return views;
    }

    /** One activity of the child; an id belonging to another child is not found. */
    public ActivityView find(long personId, long activityId) {
        recordAccess.require(personId, "ACTIVITY_VIEW");
        Activity activity = load(personId, activityId);
        audit.success(activity.getKind().auditAction("VIEW"), RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Activity " + activityId);
        return ActivityView.of(activity, username());
    }

    /** Records a new activity on the child's open case in the user's service areas. */
    public ActivityView record(long personId, ActivityKind kind, ActivityForm form) {
        recordAccess.require(personId, kind.auditAction("CREATE"));
        check(kind, form);
        CaseFile caseFile = caseFor(personId);
        Instant now = Instant.now(clock);
        Activity activity = switch (kind) {
            case VISIT -> new Visit(caseFile, form.getDate(), username(), now);
            case SUPERVISION -> new Supervision(caseFile, form.getDate(), username(), now);
            case REVIEW -> new Review(caseFile, form.getDate(), username(), now);
            case NOTE -> new CaseNote(caseFile, form.getDate(), username(), now);
        };
        apply(activity, form);
        em.persist(activity);
        em.flush();
        audit.success(kind.auditAction("CREATE"), RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Activity " + activity.getId());
        return ActivityView.of(activity, username());
    }

    /**
     * Saves a change made by the activity's author to the version they loaded.
     *
     * @throws EditConflictException  when it was changed since, saying by whom and when
     * @throws ActionRefusedException when the user did not record it (audited)
     */
    public ActivityView update(long personId, long activityId, ActivityForm form) {
        recordAccess.require(personId, "ACTIVITY_UPDATE");
        Activity activity = load(personId, activityId);
        ActivityKind kind = activity.getKind();
        String user = username();
        if (!activity.getRecordedBy().equals(user)) {
            audit.denied(kind.auditAction("UPDATE"), RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "Activity " + activityId + " was recorded by someone else");
            throw new ActionRefusedException("Only " + activity.getRecordedBy()
                    + ", who recorded this, may change it. You can read it.");
        }
        if (form.getVersion() == null || form.getVersion() != activity.getVersion()) {
            audit.failure(kind.auditAction("UPDATE"), RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "Activity " + activityId + ": edit conflict, nothing saved");
            throw new EditConflictException(activity.getLastChangedBy(), activity.getLastChangedAt());
        }
        check(kind, form);
        apply(activity, form);
        activity.changed(user, Instant.now(clock));
        em.flush(); // a save racing this one fails here, on the version column
        audit.success(kind.auditAction("UPDATE"), RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Activity " + activityId);
        return ActivityView.of(activity, user);
    }

    /**
     * Puts the child's case onto a visit regime (which statutory visit timescale applies) from a
     * date, or takes it off with {@code null}.
     */
    public void setVisitRegime(long personId, VisitType regime, LocalDate from) {
        recordAccess.require(personId, "VISIT_REGIME_UPDATE");
        if (regime != null && !regime.isStatutory()) {
            throw new InvalidInputException("regime", "Choose a statutory visit type.");
        }
        if (regime != null && from == null) {
            throw new InvalidInputException("regimeFrom", "Give the date the plan or period began.");
        }
        CaseFile caseFile = caseFor(personId);
        caseFile.setVisitRegime(regime == null ? null : regime.name(), from);
        audit.success("VISIT_REGIME_UPDATE", RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Case " + caseFile.getId() + " regime " + (regime == null ? "none" : regime.name()));
    }

    /** The visit regime set on the child's case in the user's areas, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitType visitRegime(long personId) {
        recordAccess.require(personId, "ACTIVITY_VIEW");
        return workingCases.of(personId).map(c -> VisitType.fromCode(c.getVisitRegime())).orElse(null);
    }

    private Activity load(long personId, long activityId) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null || activity.getPersonId() != personId) {
            audit.denied("ACTIVITY_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "No activity " + activityId + " on this record");
            throw new RecordNotFoundException(personId);
        }
        return activity;
    }

    private CaseFile caseFor(long personId) {
        return workingCases.require(personId);
    }

    /**
     * Checks the whole form and refuses it with every problem at once: Bean Validation of the
     * bean, what the kind needs, and answers that contradict each other.
     */
    private void check(ActivityKind kind, ActivityForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ActivityForm> v : validator.validate(form)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        switch (kind) {
            case VISIT -> {
                if (form.getVisitType() == null) {
                    problems.add(new FieldProblem("visitType", "Choose which visit this is."));
                }
                if (form.isSeenAlone() && !form.isChildSeen()) {
                    problems.add(new FieldProblem("seenAlone",
                            "A child seen alone was seen: tick \"The child was seen\" too, or untick \"seen alone\"."));
                }
                if (form.getContactMethod() != null && !form.getContactMethod().seesTheChild()) {
                    problems.add(new FieldProblem("contactMethod",
                            "A visit is made face to face or by video: record a phone call or letter as a case note."));
                }
            }
            case SUPERVISION -> {
                requireText(problems, "supervisor", form.getSupervisor(), "Name the supervisor.");
                requireText(problems, "text", form.getText(), "Record the decisions made in supervision.");
            }
            case REVIEW -> {
                if (form.getReviewType() == null) {
                    problems.add(new FieldProblem("reviewType", "Choose which review this is."));
                }
                requireText(problems, "outcome", form.getOutcome(), "Record the outcome of the review.");
                String participation = blankToNull(form.getParticipationCode());
                if (participation != null && form.getReviewType() != ReviewType.CLA_REVIEW) {
                    problems.add(new FieldProblem("participationCode",
                            "How the child took part is recorded for looked-after reviews only."));
                } else if (participation != null && !ReviewParticipation.isKnown(participation)) {
                    problems.add(new FieldProblem("participationCode", "Choose how the child took part from the list."));
                }
            }
            case NOTE -> {
                requireText(problems, "subject", form.getSubject(), "Give the note a subject.");
                requireText(problems, "text", form.getText(), "Write the note.");
            }
        }
        if ((kind == ActivityKind.VISIT || kind == ActivityKind.NOTE) && form.getContactMethod() != null
                && form.getContactMethod().isWritten() && form.getPresent() != null && !form.getPresent().isBlank()) {
            problems.add(new FieldProblem("present", "Nobody is present at a " + form.getContactMethod().getLabel()
                    .toLowerCase(java.util.Locale.ROOT) + ": name who it was sent to in the note instead."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(inFormOrder(problems));
        }
    }

    /** Problems in the order the form asks its questions, so the summary reads top to bottom. */
    private static List<FieldProblem> inFormOrder(List<FieldProblem> problems) {
        List<String> order = List.of("date", "visitType", "contactMethod", "present", "childSeen", "seenAlone",
                "supervisor", "reviewType", "outcome", "participationCode", "subject", "text");
        return problems.stream().sorted(java.util.Comparator.comparingInt((FieldProblem p) -> {
            int i = order.indexOf(p.field());
            return i < 0 ? order.size() : i;
        })).toList();
    }

    private static void requireText(List<FieldProblem> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static void apply(Activity activity, ActivityForm form) {
        activity.setOccurredOn(form.getDate());
        activity.setBody(blankToNull(form.getText()));
        if (activity instanceof Visit || activity instanceof CaseNote) {
            // A visit is face to face unless the worker says it was by video.
            activity.setContactMethod(form.getContactMethod() == null && activity instanceof Visit
                    ? ContactMethod.FACE_TO_FACE : form.getContactMethod());
            activity.setPresent(blankToNull(form.getPresent()));
        }
        if (activity instanceof Visit v) {
            v.setVisitType(form.getVisitType());
            v.setSeen(form.isChildSeen(), form.isSeenAlone());
        } else if (activity instanceof Supervision s) {
            s.setSupervisor(form.getSupervisor().strip());
        } else if (activity instanceof Review r) {
            r.setReviewType(form.getReviewType());
            r.setOutcome(form.getOutcome().strip());
            r.setParticipationCode(blankToNull(form.getParticipationCode()));
        } else if (activity instanceof CaseNote n) {
            n.setSubject(form.getSubject().strip());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? AuditLog.ANONYMOUS : caller.getName();
    }
}
