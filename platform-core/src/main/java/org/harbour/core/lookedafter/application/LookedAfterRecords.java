package org.harbour.core.lookedafter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.WorkerChangeReason;
import org.harbour.core.lookedafter.domain.ChildCharacteristics;
import org.harbour.core.lookedafter.domain.HealthOutcome;
import org.harbour.core.lookedafter.domain.LookedAfterRules;
import org.harbour.core.lookedafter.domain.LookedAfterStatus;
import org.harbour.core.lookedafter.domain.MissingEpisode;
import org.harbour.core.lookedafter.domain.Recorded;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Records what the SSDA903 needs about a looked-after child where the practitioner works: missing
 * and away episodes, the year's health and wellbeing, and the child's standing facts (UASC,
 * mother, previous permanence, adoption). Every call checks the user's reach to the child's record
 * first, validates before anything is saved, refuses a save over someone else's change and is
 * audited.
 */
@ApplicationScoped
// A refusal's audit entry joins the transaction: refusals and bad input must not roll it back.
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class,
        InvalidInputException.class, EditConflictException.class})
@Requires(CorePermissions.RECORDS)
public class LookedAfterRecords {

    public static final String VIEW = "LOOKED_AFTER_RECORD_VIEW";
    public static final String MISSING_SAVE = "MISSING_EPISODE_SAVE";
    public static final String HEALTH_SAVE = "CLA_HEALTH_SAVE";
    public static final String STATUS_SAVE = "LOOKED_AFTER_STATUS_SAVE";
    public static final String CHARACTERISTICS_SAVE = "CHILD_CHARACTERISTICS_SAVE";
    public static final String WORKER_CHANGE_CORRECT = "WORKER_CHANGE_REASON_CORRECT";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentAccess access;

    private final Clock clock = Clock.systemUTC();

    /** The child's missing and away episodes, newest first. */
    public List<MissingEpisode> missingEpisodes(long personId) {
        recordAccess.require(personId, VIEW);
        List<MissingEpisode> rows = em.createQuery("select m from LookedAfterMissingEpisode m where m.personId = :p"
                        + " order by m.start desc, m.id desc", MissingEpisode.class)
                .setParameter("p", personId).getResultList();
        audit.success(VIEW, RecordAccess.RECORD_TYPE, Long.toString(personId), rows.size() + " missing episodes");
        return rows;
    }

    /** Records a new missing episode ({@code form.id} empty) or changes one at the version read. */
    public MissingEpisode saveMissing(long personId, MissingEpisodeForm form) {
        recordAccess.require(personId, MISSING_SAVE);
        LocalDate today = LocalDate.now(clock);
        try {
            LookedAfterRules.missing(form.getKind(), form.getStart(), form.getEnd(), form.isInterviewOffered(),
                    form.isInterviewAccepted(), today);
        } catch (InvalidInputException e) {
            refused(MISSING_SAVE, personId, e);
            throw e;
        }
        MissingEpisode episode;
        if (form.getId() == null) {
            episode = new MissingEpisode(personId, username(), Instant.now(clock));
        } else {
            episode = em.find(MissingEpisode.class, form.getId());
            if (episode == null || episode.getPersonId() != personId) {
                audit.denied(MISSING_SAVE, RecordAccess.RECORD_TYPE, Long.toString(personId),
                        "No missing episode " + form.getId() + " on this record");
                throw new RecordNotFoundException(personId);
            }
            current(episode, form.getVersion(), MISSING_SAVE);
            episode.changed(username(), Instant.now(clock));
        }
        episode.setKind(form.getKind());
        episode.setStart(form.getStart());
        episode.setEnd(form.getEnd());
        episode.setInterviewOffered(form.isInterviewOffered());
        episode.setInterviewAccepted(form.isInterviewAccepted());
        if (episode.getId() == null) {
            em.persist(episode);
        }
        em.flush();
        audit.success(MISSING_SAVE, RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Missing episode " + episode.getId());
        return episode;
    }

    /** The health and wellbeing recorded for the year ending on the given 31 March, if any. */
    public Optional<HealthOutcome> health(long personId, LocalDate yearEnding) {
        recordAccess.require(personId, VIEW);
        Optional<HealthOutcome> found = findHealth(personId, yearEnding);
        audit.success(VIEW, RecordAccess.RECORD_TYPE, Long.toString(personId), "Health outcomes " + yearEnding);
        return found;
    }

    public HealthOutcome saveHealth(long personId, HealthOutcomeForm form) {
        recordAccess.require(personId, HEALTH_SAVE);
        try {
            if (form.getYearEnding() == null || form.getYearEnding().getMonth() != Month.MARCH
                    || form.getYearEnding().getDayOfMonth() != 31) {
                throw new InvalidInputException("yearEnding", "Choose the collection year (ending 31 March).");
            }
            LookedAfterRules.health(form.getSdqScore(), blank(form.getSdqReason()), form.isSubstanceMisuse(),
                    form.getInterventionReceived(), form.getInterventionOffered());
        } catch (InvalidInputException e) {
            refused(HEALTH_SAVE, personId, e);
            throw e;
        }
        HealthOutcome outcome = findHealth(personId, form.getYearEnding()).orElse(null);
        if (outcome == null) {
            outcome = new HealthOutcome(personId, form.getYearEnding(), username(), Instant.now(clock));
        } else {
            current(outcome, form.getVersion(), HEALTH_SAVE);
            outcome.changed(username(), Instant.now(clock));
        }
        outcome.setHealthCheck(form.isHealthCheck());
        outcome.setTeethCheck(form.isTeethCheck());
        outcome.setImmunisations(form.isImmunisations());
        outcome.setHealthAssessment(form.isHealthAssessment());
        outcome.setSdqScore(form.getSdqScore());
        outcome.setSdqReason(blank(form.getSdqReason()));
        outcome.setConvicted(form.isConvicted());
        outcome.setSubstanceMisuse(form.isSubstanceMisuse());
        outcome.setInterventionReceived(form.getInterventionReceived());
        outcome.setInterventionOffered(form.getInterventionOffered());
        if (outcome.getId() == null) {
            em.persist(outcome);
        }
        em.flush();
        audit.success(HEALTH_SAVE, RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Health outcomes " + form.getYearEnding());
        return outcome;
    }

    public Optional<LookedAfterStatus> status(long personId) {
        recordAccess.require(personId, VIEW);
        Optional<LookedAfterStatus> found = findStatus(personId);
        audit.success(VIEW, RecordAccess.RECORD_TYPE, Long.toString(personId), "Looked-after status");
        return found;
    }

    public LookedAfterStatus saveStatus(long personId, StatusForm form) {
        recordAccess.require(personId, STATUS_SAVE);
        LookedAfterStatus existing = findStatus(personId).orElse(null);
        if (existing != null) {
            current(existing, form.getVersion(), STATUS_SAVE);
        }
        // Checked on a detached copy first, so a refused form leaves the managed record untouched.
        LookedAfterStatus candidate = new LookedAfterStatus(personId, username(), Instant.now(clock));
        apply(candidate, form);
        Person person = em.find(Person.class, personId);
        try {
            LookedAfterRules.status(candidate, person == null ? null : person.getDateOfBirth(), LocalDate.now(clock));
        } catch (InvalidInputException e) {
            refused(STATUS_SAVE, personId, e);
            throw e;
        }
        LookedAfterStatus status = existing == null ? candidate : existing;
        if (existing != null) {
            apply(existing, form);
            existing.changed(username(), Instant.now(clock));
        } else {
            em.persist(candidate);
        }
        em.flush();
        audit.success(STATUS_SAVE, RecordAccess.RECORD_TYPE, Long.toString(personId), "Looked-after status");
        return status;
    }

    /** The child's census characteristics (disabilities, why there is no UPN), if recorded. */
    public Optional<ChildCharacteristics> characteristics(long personId) {
        recordAccess.require(personId, VIEW);
        Optional<ChildCharacteristics> found = findCharacteristics(personId);
        audit.success(VIEW, RecordAccess.RECORD_TYPE, Long.toString(personId), "Census characteristics");
        return found;
    }

    public ChildCharacteristics saveCharacteristics(long personId, CharacteristicsForm form) {
        recordAccess.require(personId, CHARACTERISTICS_SAVE);
        List<String> disabilities = form.getDisabilities().stream().filter(d -> d != null && !d.isBlank())
                .map(String::strip).toList();
        String upnUnknown = blank(form.getUpnUnknown());
        Person person = em.find(Person.class, personId);
        try {
            LookedAfterRules.characteristics(disabilities, upnUnknown, person == null ? null : person.getUpn());
        } catch (InvalidInputException e) {
            refused(CHARACTERISTICS_SAVE, personId, e);
            throw e;
        }
        ChildCharacteristics record = findCharacteristics(personId).orElse(null);
        if (record == null) {
            record = new ChildCharacteristics(personId, username(), Instant.now(clock));
        } else {
            current(record, form.getVersion(), CHARACTERISTICS_SAVE);
            record.changed(username(), Instant.now(clock));
        }
        // Kept in the census's order, whatever order they were ticked in.
        record.setDisabilities(LookedAfterRules.DISABILITIES.stream().filter(disabilities::contains).toList());
        record.setUpnUnknown(upnUnknown);
        if (record.getId() == null) {
            em.persist(record);
        }
        em.flush();
        audit.success(CHARACTERISTICS_SAVE, RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Census characteristics");
        return record;
    }

    /** Every change of the child's social worker (an allocation ended because another began on the case), newest first. */
    public List<WorkerChangeView> workerChanges(long personId) {
        recordAccess.require(personId, VIEW);
        List<Allocation> ended = changedAllocations(personId);
        audit.success(VIEW, RecordAccess.RECORD_TYPE, Long.toString(personId), ended.size() + " worker changes");
        return ended.stream().map(a -> new WorkerChangeView(a.getId(), a.getVersion(),
                a.getWorker().getDisplayName(), a.getStartedOn(), a.getEndedOn(), a.getChangeReason(),
                a.getChangeReason() == null ? null : WorkerChangeReason.CODES.get(a.getChangeReason()))).toList();
    }

    /** Whether the user may put right why a worker changed: a manager who may reallocate the child's cases. */
    public boolean mayCorrectWorkerChanges() {
        return access.has(CaseloadService.ALLOCATE);
    }

    /**
     * Puts right why the child's social worker changed (SW_REASON) on an allocation ended by a
     * reallocation, at the version the user saw. Needs {@code core:allocate} in the case's service
     * area, as the reallocation did.
     */
    public void correctWorkerChange(long personId, Long allocationId, Long version, String changeReason) {
        recordAccess.require(personId, WORKER_CHANGE_CORRECT);
        String key = Long.toString(personId);
        if (!access.has(CaseloadService.ALLOCATE)) {
            audit.denied(WORKER_CHANGE_CORRECT, RecordAccess.RECORD_TYPE, key, "No " + CaseloadService.ALLOCATE
                    + " permission");
            throw new ActionRefusedException("Only managers may change why a social worker changed.");
        }
        String code = blank(changeReason);
        try {
            if (allocationId == null) {
                throw new InvalidInputException("allocation", "Choose the change of worker to put right.");
            }
            if (code == null || !WorkerChangeReason.isKnown(code)) {
                throw new InvalidInputException("changeReason", "Choose why the social worker changed from the list.");
            }
        } catch (InvalidInputException e) {
            refused(WORKER_CHANGE_CORRECT, personId, e);
            throw e;
        }
        Allocation allocation = changedAllocations(personId).stream().filter(a -> a.getId().equals(allocationId))
                .findFirst().orElse(null);
        if (allocation == null) {
            audit.denied(WORKER_CHANGE_CORRECT, RecordAccess.RECORD_TYPE, key,
                    "No change of worker " + allocationId + " on this record");
            throw new RecordNotFoundException(personId);
        }
        if (!access.serviceAreaIds().contains(allocation.getServiceArea().getId())) {
            audit.denied(WORKER_CHANGE_CORRECT, RecordAccess.RECORD_TYPE, key,
                    "Allocation outside the manager's service areas");
            throw new ActionRefusedException("You may change only allocations of your own service areas.");
        }
        if (version == null || version != allocation.getVersion()) {
            audit.failure(WORKER_CHANGE_CORRECT, RecordAccess.RECORD_TYPE, key, "Edit conflict, nothing saved");
            throw new EditConflictException(allocation.getAllocatedBy(), allocation.getAllocatedAt(),
                    allocation.getVersion());
        }
        String before = allocation.getChangeReason();
        allocation.correctChangeReason(code);
        em.flush();
        audit.success(WORKER_CHANGE_CORRECT, RecordAccess.RECORD_TYPE, key,
                "Allocation " + allocationId + " SW_REASON " + (before == null ? "none" : before) + " to " + code);
    }

    private List<Allocation> changedAllocations(long personId) {
        return em.createQuery("""
                        select a from Allocation a where a.caseFile.person.id = :p and a.endedOn is not null
                          and exists (select b from Allocation b where b.caseFile = a.caseFile and b.id <> a.id
                              and b.startedOn >= a.endedOn)
                        order by a.endedOn desc, a.id desc""", Allocation.class)
                .setParameter("p", personId).getResultList();
    }

    private Optional<ChildCharacteristics> findCharacteristics(long personId) {
        return em.createQuery("select c from ChildCharacteristics c where c.personId = :p", ChildCharacteristics.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    private static void apply(LookedAfterStatus s, StatusForm f) {
        s.setUascFrom(f.getUascFrom());
        s.setUascCeased(f.getUascCeased());
        s.setMother(f.isMother());
        s.setChildBornOn(f.getChildBornOn());
        s.setPreviousPermanence(blank(f.getPreviousPermanence()));
        s.setPreviousPermanenceLa(blank(f.getPreviousPermanenceLa()));
        s.setPreviousPermanenceDate(f.getPreviousPermanenceDate());
        s.setAdoptionDecidedOn(f.getAdoptionDecidedOn());
        s.setPlacementOrderOn(f.getPlacementOrderOn());
        s.setAdoptionMatchedOn(f.getAdoptionMatchedOn());
        s.setPlacedForAdoptionOn(f.getPlacedForAdoptionOn());
        s.setAdoptionStoppedOn(f.getAdoptionStoppedOn());
        s.setAdoptionStoppedReason(blank(f.getAdoptionStoppedReason()));
        s.setAdoptedByFosterCarer(f.isAdoptedByFosterCarer());
        s.setAdoptersNumber(f.getAdoptersNumber());
        s.setAdoptersSex(blank(f.getAdoptersSex()));
        s.setAdoptersLegalStatus(blank(f.getAdoptersLegalStatus()));
    }

    private Optional<HealthOutcome> findHealth(long personId, LocalDate yearEnding) {
        return em.createQuery("select h from LookedAfterHealthOutcome h where h.personId = :p and h.yearEnding = :y",
                        HealthOutcome.class)
                .setParameter("p", personId).setParameter("y", yearEnding).getResultStream().findFirst();
    }

    private Optional<LookedAfterStatus> findStatus(long personId) {
        return em.createQuery("select s from LookedAfterStatus s where s.personId = :p", LookedAfterStatus.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    private void current(Recorded record, Long version, String action) {
        if (version == null || version != record.getVersion()) {
            audit.failure(action, RecordAccess.RECORD_TYPE, Long.toString(record.getPersonId()),
                    "Edit conflict, nothing saved");
            throw new EditConflictException(record.getLastChangedBy(), record.getLastChangedAt(), record.getVersion());
        }
    }

    private void refused(String action, long personId, InvalidInputException e) {
        audit.failure(action, RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Refused, nothing saved: " + e.getField());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? AuditLog.ANONYMOUS : caller.getName();
    }
}
