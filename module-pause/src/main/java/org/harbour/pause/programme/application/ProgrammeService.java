package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.people.StaffSummary;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.pause.PauseModule;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.programme.domain.CaseloadCap;
import org.harbour.pause.programme.domain.Outcome;
import org.harbour.pause.programme.domain.OutcomePoint;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.ProgrammeTimeline;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;
import org.harbour.pause.programme.infrastructure.WomanRecordRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The programme: allocation to a practitioner under the caseload cap, the engagement phase, the
 * intervention and the exit with Next Steps; each practitioner's caseload and what is due.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(PausePermissions.ACCESS)
public class ProgrammeService {

    public static final String ALLOCATE = "PAUSE_ALLOCATE";
    public static final String CAP_REFUSED = "PAUSE_ALLOCATE_OVER_CAP";
    public static final String UPDATE = "PAUSE_PROGRAMME_UPDATE";
    public static final String CASELOAD = "PAUSE_CASELOAD_VIEW";

    @Inject
    private ParticipationRepository repository;

    @Inject
    private WomanRecordRepository records;

    @Inject
    private Participations participations;

    @Inject
    private PauseAccess access;

    @Inject
    private ModuleSettings settings;

    @Inject
    private Staff staff;

    @Inject
    private Names names;

    /** Allocates her to a Pause practitioner; refused with a message when the practitioner's caseload is at the cap. */
    public ParticipationView allocate(long participationId, String practitioner, LocalDate on, Long version) {
        // First of all, so that concurrent allocations take turns before reading anything they decide on.
        repository.lockAllocations(access.clock().instant());
        Participation p = participations.checked(participationId, PausePermissions.ALLOCATE, ALLOCATE);
        Participations.checkVersion(p, version);
        if (practitioner == null || practitioner.isBlank()) {
            throw new InvalidInputException("practitioner", "Choose the practitioner.");
        }
        StaffSummary worker = staff.find(practitioner.trim()).filter(StaffSummary::active)
                .filter(s -> access.inTeam(s.username()))
                .orElseThrow(() -> new InvalidInputException("practitioner", "Choose a member of the Pause team."));
        if (!worker.username().equals(p.getPractitioner())) {
            int cap = cap();
            long women = repository.countActive(worker.username());
            try {
                CaseloadCap.check(worker.displayName(), women, cap);
            } catch (RuleRefusedException e) {
                access.denied(CAP_REFUSED, p.getPersonId(), worker.username() + " has " + women + " of " + cap);
                throw e;
            }
        }
        p.allocate(worker.username(), on);
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(ALLOCATE, p.getPersonId(), "participation " + participationId + " allocated to " + worker.username());
        return participations.view(p);
    }

    public ParticipationView startIntervention(long participationId, LocalDate on, Long version) {
        Participation p = participations.checked(participationId, PausePermissions.RECORD, UPDATE);
        Participations.checkVersion(p, version);
        p.startIntervention(on);
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " intervention started");
        return participations.view(p);
    }

    public ParticipationView exit(long participationId, LocalDate on, String reason, String nextSteps, Long version) {
        Participation p = participations.checked(participationId, PausePermissions.RECORD, UPDATE);
        Participations.checkVersion(p, version);
        p.exit(on, reason, nextSteps);
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " exited");
        return participations.view(p);
    }

    /** The signed-in practitioner's women in the programme. */
    public List<ParticipationView> myCaseload() {
        access.requirePermission(PausePermissions.RECORD, CASELOAD, Participations.RECORD_TYPE, "mine");
        List<Participation> mine = repository.activeOf(access.username());
        access.success(CASELOAD, Participations.RECORD_TYPE, "mine", mine.size() + " women");
        return participations.views(mine);
    }

    /** Every Pause practitioner's caseload against the cap (for allocation and the team leader). */
    public List<PractitionerLoad> practitioners() {
        access.requirePermission(PausePermissions.ALLOCATE, CASELOAD, Participations.RECORD_TYPE, "team");
        int cap = cap();
        String area = settings.value(PauseModule.ID, PauseModule.TEAM_AREA).orElse("PAUSE");
        return staff.inServiceArea(area).stream()
                .filter(s -> s.active() && s.roles().contains("PRACTITIONER"))
                .map(s -> new PractitionerLoad(s.username(), s.displayName(), repository.countActive(s.username()), cap))
                .toList();
    }

    /** What is due for the signed-in practitioner's women, soonest first. */
    public List<DueItem> myDueItems() {
        access.requirePermission(PausePermissions.RECORD, CASELOAD, Participations.RECORD_TYPE, "due");
        return dueFor(repository.activeOf(access.username()), access.today());
    }

    /** Due items of these women, judged on the day; no checks (for My work, which has checked the caseload). */
    public List<DueItem> dueFor(List<Participation> active, LocalDate today) {
        List<Long> ids = active.stream().map(Participation::getId).toList();
        Map<Long, Set<OutcomePoint>> done = records.outcomesOf(ids).stream().collect(Collectors.groupingBy(
                Outcome::getParticipationId, Collectors.mapping(Outcome::getPoint, Collectors.toSet())));
        Map<Long, String> women = names.people(active.stream().map(Participation::getPersonId).toList());
        int months = participations.programmeMonths();
        List<DueItem> due = new ArrayList<>();
        for (Participation p : active) {
            Set<OutcomePoint> points = done.getOrDefault(p.getId(), Set.of());
            for (ProgrammeTimeline.Due d : ProgrammeTimeline.due(p, points.contains(OutcomePoint.BASELINE),
                    points.contains(OutcomePoint.MIDPOINT), points.contains(OutcomePoint.EXIT), months)) {
                due.add(new DueItem(p.getId(), p.getPersonId(), women.getOrDefault(p.getPersonId(), "Unknown person"),
                        d.title(), d.dueOn(), d.overdueOn(today)));
            }
        }
        due.sort(Comparator.comparing(DueItem::getDueOn));
        return due;
    }

    public int cap() {
        return settings.intValue(PauseModule.ID, CaseloadCap.SETTING);
    }
}
