package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.caseload.domain.WorkerChangeReason;
import org.harbour.core.identity.application.PermissionCatalogue;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
/**
 * Opens, allocates, reallocates and closes cases, keeps each case's allocation history and
 * answers "whose caseload is this". Only staff whose role grants {@code core:allocate} may
 * (re)allocate or close, and only cases and workers of their own service areas.
 */
@ApplicationScoped
// A refusal's audit entry joins the transaction: refusals and bad input must not roll it back.
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class,
        InvalidInputException.class, EditConflictException.class})
public class CaseloadService {

    private static final Map<String, String> OPEN_WORK = Map.of("CIN_PLAN", "The child in need plan",
            "CP_PLAN", "The child protection plan", "LOOKED_AFTER", "The looked-after period");
    private static final DateTimeFormatter EN_GB = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static final String ALLOCATE = "core:allocate";
    static final String RECORDS = "core:records";
    static final int REASON_MAX = 400;

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
    private PermissionCatalogue permissions;

    private final Clock clock = Clock.systemUTC();

    /**
     * Open cases currently allocated to the worker, oldest allocation first. Anyone may list their
     * own (empty for staff with no cases); another worker's needs {@code core:allocate}.
     */
    public List<CaseloadItem> caseloadOf(String username, LocalDate today) {
        if (!SystemWork.isActive() && !isCaller(username) && !access.has(CorePermissions.ALLOCATE)) {
            audit.denied("CASELOAD_VIEW", "staff", username, "Another worker's caseload needs " + CorePermissions.ALLOCATE);
            throw new AccessRefusedException("Only managers with the permission '" + CorePermissions.ALLOCATE
                    + "' see another worker's caseload.");
        }
        // The person is selected beside the allocation, not reached through the case: a nested fetch join
        // is not honoured there, and each child's person row would otherwise be read on its own.
        return em.createQuery("""
                        select a, p from Allocation a
                        join fetch a.caseFile c
                        join c.person p
                        join fetch a.serviceArea s
                        where a.worker.username = :username
                          and a.endedOn is null
                          and c.closedOn is null
                        order by a.startedOn, p.familyName, p.givenName""", Object[].class)
                .setParameter("username", username)
                .getResultStream()
                .map(row -> toItem((Allocation) row[0], (Person) row[1], today))
                .toList();
    }

    private boolean isCaller(String username) {
        Principal caller = securityContext.getCallerPrincipal();
        return caller != null && caller.getName().equals(username);
    }

    private static CaseloadItem toItem(Allocation a, Person p, LocalDate today) {
        CaseFile c = a.getCaseFile();
        return new CaseloadItem(c.getId(), p.getId(), p.getFullName(), p.getDateOfBirth(), p.ageOn(today), c.getSummary(),
                a.getServiceArea().getName(), a.getStartedOn());
    }

    /** Records the person and returns them with their id, which callers inside a longer transaction need at once. */
    @Requires(CorePermissions.RECORDS)
    public Person registerPerson(Person person) {
        em.persist(person);
        // Ids are assigned by the database on insert: without the flush a caller in the same transaction reads null.
        em.flush();
        return person;
    }

    /** Opens a case for the person and allocates it to the worker in the given team. */
    @Requires(CorePermissions.RECORDS)
    public CaseFile openAndAllocate(Person person, LocalDate openedOn, String summary, StaffUser worker,
                                    ServiceArea team) {
        CaseFile caseFile = new CaseFile(em.merge(person), openedOn, summary);
        em.persist(caseFile);
        em.persist(new Allocation(caseFile, em.merge(worker), em.merge(team), openedOn));
        return caseFile;
    }

    public long countOpenCases() {
        return em.createQuery("select count(c) from CaseFile c where c.closedOn is null", Long.class)
                .getSingleResult();
    }

    /** Open cases per worker in the given service areas: the size of each worker's caseload there. */
    @Requires(CorePermissions.ALLOCATE)
    public Map<String, Long> caseloadCounts(Collection<Long> serviceAreaIds) {
        if (serviceAreaIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                        select a.worker.username, count(a) from Allocation a
                        where a.serviceArea.id in :areas and a.endedOn is null and a.caseFile.closedOn is null
                        group by a.worker.username order by a.worker.username""", Object[].class)
                .setParameter("areas", serviceAreaIds).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Every allocation of the child's cases, newest first; audited as a read of the child's record. */
    @Requires(CorePermissions.RECORDS)
    public List<AllocationPeriod> allocationHistory(long personId) {
        recordAccess.require(personId, "ALLOCATION_VIEW");
        List<AllocationPeriod> history = em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.worker w join fetch a.serviceArea s
                        where c.person.id = :person order by a.startedOn desc, a.id desc""", Allocation.class)
                .setParameter("person", personId).getResultStream().map(CaseloadService::toPeriod).toList();
        audit.success("ALLOCATION_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), null);
        return history;
    }

    private static AllocationPeriod toPeriod(Allocation a) {
        CaseFile c = a.getCaseFile();
        return new AllocationPeriod(a.getId(), a.getVersion(), c.getId(), c.getVersion(), c.getSummary(), a.getWorker().getUsername(),
                a.getWorker().getDisplayName(), a.getServiceArea().getId(), a.getServiceArea().getName(),
                a.getStartedOn(), a.getEndedOn(), a.getReason(), a.getAllocatedBy(), a.getAllocatedAt());
    }

    /** Whether the signed-in user may reallocate or close the child's case; does not audit. */
    public boolean mayAllocate(long personId) {
        if (!access.has(ALLOCATE)) {
            return false;
        }
        Set<Long> mine = access.serviceAreaIds();
        return openAllocations(personId).stream().anyMatch(a -> mine.contains(a.getServiceArea().getId()));
    }

    /** Workers of the signed-in manager's service areas, each with the team they would hold the case in. */
    @Requires(CorePermissions.ALLOCATE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkerChoice> workerChoices() {
        Set<Long> mine = access.serviceAreaIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<WorkerChoice> choices = new ArrayList<>();
        for (Object[] row : em.createQuery("""
                        select u.username, u.displayName, a.id, a.name from StaffUser u join u.serviceAreas a
                        where a.id in :areas and u.active = true
                        order by a.name, u.displayName""", Object[].class)
                .setParameter("areas", mine).getResultList()) {
            choices.add(new WorkerChoice((String) row[0], (String) row[1], (Long) row[2], (String) row[3]));
        }
        return choices;
    }

    /**
     * Moves the child's case from its current allocation to another worker and team from a date:
     * the current allocation ends the day before (or that day, if it began then) and a new one
     * opens, with the reason. Refused, and audited, unless the user holds {@code core:allocate}
     * in the case's service area and the new team is one of theirs too.
     *
     * @param expectedVersion the version of the current allocation the user saw
     * @throws EditConflictException when the case was reallocated after the user loaded it
     */
    public AllocationPeriod reallocate(long personId, long allocationId, long expectedVersion, String workerUsername,
                                       long teamId, LocalDate from, String reason) {
        return reallocate(personId, allocationId, expectedVersion, workerUsername, teamId, from, reason, null);
    }

    /**
     * As {@link #reallocate(long, long, long, String, long, LocalDate, String)}, also saying why the
     * child's social worker changed ({@code changeReason}, the SSDA903's SW_REASON; may be null when
     * not known), kept on the allocation that ends.
     */
    public AllocationPeriod reallocate(long personId, long allocationId, long expectedVersion, String workerUsername,
                                       long teamId, LocalDate from, String reason, String changeReason) {
        recordAccess.require(personId, "CASE_ALLOCATE");
        String personKey = Long.toString(personId);
        if (!access.has(ALLOCATE)) {
            refuse("CASE_ALLOCATE", personKey, "No " + ALLOCATE + " permission",
                    "Only managers may reallocate a case.");
        }
        Allocation current = em.find(Allocation.class, allocationId);
        if (current == null || !current.getCaseFile().getPerson().getId().equals(personId)) {
            throw new RecordNotFoundException(personId);
        }
        if (current.getVersion() != expectedVersion || !current.isOpen() || !current.getCaseFile().isOpen()) {
            Allocation latest = latestAllocation(current.getCaseFile());
            throw new EditConflictException(latest.getAllocatedBy(), latest.getAllocatedAt());
        }
        Set<Long> mine = access.serviceAreaIds();
        if (!mine.contains(current.getServiceArea().getId()) || !mine.contains(teamId)) {
            refuse("CASE_ALLOCATE", personKey, "Case or new team outside the manager's service areas",
                    "You may allocate only cases and workers of your own service areas.");
        }
        String why = required("reason", reason, "Give the reason for the reallocation.");
        String code = changeReason == null || changeReason.isBlank() ? null : changeReason.strip();
        if (code != null && !WorkerChangeReason.isKnown(code)) {
            throw new InvalidInputException("changeReason", "Choose why the social worker changed from the list.");
        }
        LocalDate today = LocalDate.now(clock);
        if (from == null) {
            throw new InvalidInputException("from", "Give the date the new worker takes the case.");
        }
        if (from.isAfter(today)) {
            throw new InvalidInputException("from", "The date cannot be in the future.");
        }
        if (from.isBefore(current.getStartedOn())) {
            throw new InvalidInputException("from", "The date cannot be before the current allocation began ("
                    + current.getStartedOn() + ").");
        }
        StaffUser worker = em.createQuery("""
                        select u from StaffUser u join u.serviceAreas a
                        where u.username = :username and a.id = :team and u.active = true""", StaffUser.class)
                .setParameter("username", workerUsername == null ? "" : workerUsername).setParameter("team", teamId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("worker", "Choose a worker who belongs to the team."));
        if (worker.getId().equals(current.getWorker().getId()) && teamId == current.getServiceArea().getId()) {
            throw new InvalidInputException("worker", "The case is already allocated to this worker in this team.");
        }
        current.endBefore(from, code);
        Allocation next = new Allocation(current.getCaseFile(), worker, em.find(ServiceArea.class, teamId), from, why,
                username(), Instant.now(clock));
        em.persist(next);
        em.flush(); // a concurrent reallocation fails here, on the version of the allocation both ended
        audit.success("CASE_ALLOCATE", RecordAccess.RECORD_TYPE, personKey, "Case " + current.getCaseFile().getId()
                + " to " + worker.getUsername() + " in " + next.getServiceArea().getCode() + " from " + from);
        return toPeriod(next);
    }

    /**
     * Closes the child's case on a date with a reason, ending its allocation that day. Needs
     * {@code core:allocate} in the case's service area, like a reallocation.
     */
    public void closeCase(long personId, long caseId, long expectedVersion, LocalDate on, String reason) {
        recordAccess.require(personId, "CASE_CLOSE");
        String personKey = Long.toString(personId);
        if (!access.has(ALLOCATE)) {
            refuse("CASE_CLOSE", personKey, "No " + ALLOCATE + " permission", "Only managers may close a case.");
        }
        CaseFile caseFile = em.find(CaseFile.class, caseId);
        if (caseFile == null || !caseFile.getPerson().getId().equals(personId)) {
            throw new RecordNotFoundException(personId);
        }
        if (caseFile.getVersion() != expectedVersion || !caseFile.isOpen()) {
            Allocation latest = latestAllocation(caseFile);
            throw new EditConflictException(latest.getAllocatedBy(), latest.getAllocatedAt());
        }
        Set<Long> mine = access.serviceAreaIds();
        List<Allocation> open = em.createQuery(
                        "select a from Allocation a where a.caseFile = :c and a.endedOn is null", Allocation.class)
                .setParameter("c", caseFile).getResultList();
        if (open.stream().noneMatch(a -> mine.contains(a.getServiceArea().getId()))) {
            refuse("CASE_CLOSE", personKey, "Case outside the manager's service areas",
                    "You may close only cases of your own service areas.");
        }
        String why = required("reason", reason, "Give the reason for closing the case.");
        if (on == null) {
            throw new InvalidInputException("closedOn", "Give the date the case closes.");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("closedOn", "The closure date cannot be in the future.");
        }
        if (on.isBefore(caseFile.getOpenedOn())) {
            throw new InvalidInputException("closedOn", "The case opened on " + caseFile.getOpenedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + "; it cannot close before that.");
        }
        List<String> openWork = openStatutoryWork(personId, on);
        if (!openWork.isEmpty()) {
            audit.denied("CASE_CLOSE", RecordAccess.RECORD_TYPE, personKey, "Open statutory work: " + openWork);
            throw new RuleRefusedException("closedOn", "End the child's open plans and care first: a case does not "
                    + "close while they run.", openWork);
        }
        caseFile.close(on, why);
        open.forEach(a -> a.endOn(on));
        em.flush();
        audit.success("CASE_CLOSE", RecordAccess.RECORD_TYPE, personKey, "Case " + caseId + " closed on " + on);
    }

    /**
     * The child's plans and looked-after period still running after the closing day: a case closed over
     * them would leave the CIN census, the SSDA903 and the scorecard counting work nobody holds.
     */
    private List<String> openStatutoryWork(long personId, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, start_date from core_involvement where person_id = ?"
                        + " and kind in ('CIN_PLAN', 'CP_PLAN', 'LOOKED_AFTER') and start_date <= ?"
                        + " and (end_date is null or end_date > ?) order by start_date")
                .setParameter(1, personId).setParameter(2, java.sql.Date.valueOf(on))
                .setParameter(3, java.sql.Date.valueOf(on)).getResultList();
        List<String> work = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate started = ((java.sql.Date) row[1]).toLocalDate();
            work.add(OPEN_WORK.get((String) row[0]) + " from " + EN_GB.format(started) + " is still open.");
        }
        return work;
    }

    /**
     * The child's current allocations that the signed-in manager may change, for the reallocation
     * page; audited as a read of the record.
     */
    @Requires(CorePermissions.RECORDS)
    public List<AllocationPeriod> currentAllocations(long personId) {
        recordAccess.require(personId, "ALLOCATION_VIEW");
        Set<Long> mine = access.serviceAreaIds();
        List<AllocationPeriod> current = openAllocations(personId).stream()
                .filter(a -> mine.contains(a.getServiceArea().getId())).map(CaseloadService::toPeriod).toList();
        audit.success("ALLOCATION_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), null);
        return current;
    }

    private List<Allocation> openAllocations(long personId) {
        return em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.serviceArea s join fetch a.worker w
                        where c.person.id = :person and a.endedOn is null and c.closedOn is null
                        order by a.startedOn""", Allocation.class)
                .setParameter("person", personId).getResultList();
    }

    /** Workers of the signed-in manager's service areas and their open cases there, busiest first. */
    @Requires(CorePermissions.ALLOCATE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkerCaseload> teamCaseloads(LocalDate today) {
        Set<Long> mine = access.serviceAreaIds();
        if (mine.isEmpty() || !access.has(ALLOCATE)) {
            return List.of();
        }
        // The person beside the allocation, as in caseloadOf: one statement for the team, not one per child.
        Map<String, List<CaseloadItem>> byWorker = em.createQuery("""
                        select a, p from Allocation a join fetch a.caseFile c join c.person p
                        join fetch a.serviceArea s join fetch a.worker w
                        where s.id in :areas and a.endedOn is null and c.closedOn is null
                        order by p.familyName, p.givenName""", Object[].class)
                .setParameter("areas", mine).getResultStream()
                .collect(Collectors.groupingBy(row -> ((Allocation) row[0]).getWorker().getUsername(), LinkedHashMap::new,
                        Collectors.mapping(row -> toItem((Allocation) row[0], (Person) row[1], today), Collectors.toList())));
        List<WorkerCaseload> result = new ArrayList<>();
        for (StaffUser u : em.createQuery("""
                        select distinct u from StaffUser u join u.serviceAreas a
                        where a.id in :areas and u.active = true""", StaffUser.class)
                .setParameter("areas", mine).getResultList()) {
            List<CaseloadItem> cases = byWorker.getOrDefault(u.getUsername(), List.of());
            if (!cases.isEmpty() || isCaseholder(u)) {
                result.add(new WorkerCaseload(u.getUsername(), u.getDisplayName(), u.getJobTitle(), cases));
            }
        }
        result.sort((a, b) -> a.getCaseloadSize() != b.getCaseloadSize()
                ? Integer.compare(b.getCaseloadSize(), a.getCaseloadSize())
                : a.getDisplayName().compareTo(b.getDisplayName()));
        return result;
    }

    /** Staff who may hold cases: those whose role lets them record on children's records. */
    private boolean isCaseholder(StaffUser user) {
        return permissions.codesOf(user.getUsername()).contains(RECORDS);
    }

    private Allocation latestAllocation(CaseFile caseFile) {
        return em.createQuery("select a from Allocation a where a.caseFile = :c order by a.startedOn desc, a.id desc",
                Allocation.class).setParameter("c", caseFile).setMaxResults(1).getSingleResult();
    }

    private void refuse(String action, String personKey, String auditDetail, String message) {
        audit.denied(action, RecordAccess.RECORD_TYPE, personKey, auditDetail);
        throw new ActionRefusedException(message);
    }

    private static String required(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        String trimmed = value.strip();
        if (trimmed.length() > REASON_MAX) {
            throw new InvalidInputException(field, "Keep it under " + REASON_MAX + " characters.");
        }
        return trimmed;
    }

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }
}
