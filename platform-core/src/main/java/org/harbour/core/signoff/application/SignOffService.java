package org.harbour.core.signoff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.RecordWriteReach;
import org.harbour.core.caseload.application.WorkingCases;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.domain.Person;
import org.harbour.core.signoff.domain.SignOff;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A practitioner submits an assessment or plan for sign-off; a team manager ({@code core:sign-off})
 * of the case's service area signs it off or returns it with a reason. Nobody signs off their own
 * submission. Every step, and every refusal, is audited on the child's record.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class,
        InvalidInputException.class, EditConflictException.class})
@Requires(CorePermissions.RECORDS)
public class SignOffService {

    /** The work a manager signs off. */
    public static final Set<InvolvementKind> SIGNED_OFF_KINDS =
            Set.of(InvolvementKind.ASSESSMENT, InvolvementKind.CIN_PLAN, InvolvementKind.CP_PLAN);
    public static final String SUBMIT = "SIGN_OFF_SUBMIT";
    public static final String APPROVE = "SIGN_OFF_APPROVE";
    public static final String RETURN = "SIGN_OFF_RETURN";
    public static final String QUEUE = "SIGN_OFF_QUEUE_VIEW";
    public static final int REASON_MAX = 1000;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private RecordWriteReach writeReach;

    @Inject
    private WorkingCases workingCases;

    @Inject
    private AccessGuard guard;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Puts the assessment or plan in the queue of the managers of the case's service area. */
    public SignOffView submit(long personId, long involvementId) {
        writeReach.require(personId, SUBMIT);
        Involvement involvement = em.find(Involvement.class, involvementId);
        if (involvement == null || involvement.getPersonId() != personId) {
            audit.denied(SUBMIT, RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "No involvement " + involvementId + " on this record");
            throw new RecordNotFoundException(personId);
        }
        if (!SIGNED_OFF_KINDS.contains(involvement.getKind())) {
            throw new InvalidInputException("involvement",
                    "Only assessments and child in need or child protection plans are signed off.");
        }
        SignOff latest = latestOf(List.of(involvementId)).get(involvementId);
        if (latest != null && !latest.getStatus().equals(org.harbour.core.signoff.domain.SignOffStatus.RETURNED)) {
            throw new InvalidInputException("involvement", latest.isPending()
                    ? "This is already waiting for a manager's sign-off."
                    : "This has been signed off already.");
        }
        CaseFile caseFile = workingCases.require(personId);
        long area = em.createQuery("""
                        select a from Allocation a where a.caseFile = :case and a.endedOn is null
                        order by a.startedOn desc""", Allocation.class)
                .setParameter("case", caseFile).getResultStream()
                .filter(a -> access.serviceAreaIds().contains(a.getServiceArea().getId())
                        || access.has(RecordAccess.ALL_RECORDS))
                .map(a -> a.getServiceArea().getId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("case", "This child's case has no allocated worker."));
        SignOff submission = new SignOff(involvementId, personId, area, guard.username(), Instant.now(clock));
        em.persist(submission);
        em.flush();
        audit.success(SUBMIT, RecordAccess.RECORD_TYPE, Long.toString(personId),
                involvement.getKind().getLabel() + " " + involvementId + " submitted (sign-off " + submission.getId() + ")");
        return view(submission, involvement, em.find(Person.class, personId));
    }

    /** What waits for the signed-in manager: submissions of their service areas, oldest first. */
    public List<SignOffView> queue() {
        guard.requirePermission(CorePermissions.SIGN_OFF, QUEUE, "sign-off", "queue");
        Set<Long> areas = access.serviceAreaIds();
        if (areas.isEmpty()) {
            return List.of();
        }
        List<SignOff> pending = em.createQuery("""
                        select s from SignOff s where s.status = org.harbour.core.signoff.domain.SignOffStatus.SUBMITTED
                        and s.serviceAreaId in :areas order by s.submittedAt, s.id""", SignOff.class)
                .setParameter("areas", areas).getResultList();
        List<SignOffView> views = pending.stream()
                .map(s -> view(s, em.find(Involvement.class, s.getInvolvementId()), em.find(Person.class, s.getPersonId())))
                .toList();
        audit.success(QUEUE, "sign-off", "queue", views.size() + " waiting");
        return views;
    }

    /** Signs the submission off. */
    public SignOffView approve(long signOffId, long version) {
        return decide(signOffId, version, true, null);
    }

    /** Returns the submission to the practitioner with the reason, which they see in My work. */
    public SignOffView giveBack(long signOffId, long version, String reason) {
        return decide(signOffId, version, false, reason);
    }

    private SignOffView decide(long signOffId, long version, boolean approve, String reason) {
        String action = approve ? APPROVE : RETURN;
        SignOff s = em.find(SignOff.class, signOffId);
        String personId = s == null ? "unknown" : Long.toString(s.getPersonId());
        guard.requirePermission(CorePermissions.SIGN_OFF, action, RecordAccess.RECORD_TYPE, personId);
        if (s == null || !access.serviceAreaIds().contains(s.getServiceAreaId())) {
            audit.denied(action, RecordAccess.RECORD_TYPE, personId,
                    s == null ? "No sign-off " + signOffId : "Sign-off " + signOffId + " is not of the user's service areas");
            throw new RecordNotFoundException(s == null ? -1 : s.getPersonId());
        }
        recordAccess.require(s.getPersonId(), action);
        String manager = guard.username();
        if (manager.equals(s.getSubmittedBy())) {
            audit.denied(action, RecordAccess.RECORD_TYPE, personId, "Sign-off " + signOffId + " was submitted by the same user");
            throw new ActionRefusedException("Another manager must sign off work you submitted yourself.");
        }
        if (s.getVersion() != version || !s.isPending()) {
            audit.failure(action, RecordAccess.RECORD_TYPE, personId, "Sign-off " + signOffId + ": already decided, nothing saved");
            throw new EditConflictException(s.getDecidedBy(), s.getDecidedAt(), s.getVersion());
        }
        if (approve) {
            s.signOff(manager, Instant.now(clock));
        } else {
            String why = reason == null ? "" : reason.strip();
            if (why.isEmpty()) {
                throw new InvalidInputException("reason", "Say what needs to change before you can sign it off.");
            }
            if (why.length() > REASON_MAX) {
                throw new InvalidInputException("reason", "Keep the reason under 1,000 characters.");
            }
            s.giveBack(manager, Instant.now(clock), why);
        }
        em.flush(); // a decision racing this one fails here, on the version column
        Involvement involvement = em.find(Involvement.class, s.getInvolvementId());
        audit.success(action, RecordAccess.RECORD_TYPE, personId,
                involvement.getKind().getLabel() + " " + involvement.getId() + (approve ? " signed off" : " returned")
                        + " (sign-off " + signOffId + ")");
        return view(s, involvement, em.find(Person.class, s.getPersonId()));
    }

    /** Whether the user may see the queue; does not audit. */
    public boolean maySignOff() {
        return access.has(CorePermissions.SIGN_OFF);
    }

    /** The latest submission of each involvement, for the record's summary (the caller has checked reach). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, SignOff> latestOf(Collection<Long> involvementIds) {
        Map<Long, SignOff> latest = new HashMap<>();
        if (involvementIds.isEmpty()) {
            return latest;
        }
        em.createQuery("select s from SignOff s where s.involvementId in :ids order by s.submittedAt, s.id", SignOff.class)
                .setParameter("ids", involvementIds).getResultStream()
                .forEach(s -> latest.put(s.getInvolvementId(), s));
        return latest;
    }

    private static SignOffView view(SignOff s, Involvement involvement, Person child) {
        return new SignOffView(s, child.getFullName(), child.getDateOfBirth(), involvement.getKind().getLabel(),
                involvement.getStartDate());
    }
}
