package org.harbour.youthjustice.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.record.CloseLookedAfterPeriod;
import org.harbour.core.spi.record.LookedAfterPeriods;
import org.harbour.core.spi.record.OpenLookedAfterPeriod;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.record.domain.Arrest;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.record.domain.OffenceType;
import org.harbour.youthjustice.record.domain.Remand;
import org.harbour.youthjustice.record.domain.RemandKind;
import org.harbour.youthjustice.record.domain.YjInvolvement;
import org.harbour.youthjustice.record.infrastructure.RecordRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The child's youth justice record: the service's involvement and its case manager, arrests,
 * offences and remands. A remand makes the child looked after (legal status J1) in the social care
 * record through the platform's write service, in the same transaction, and ending it closes the
 * period: both commit or neither does.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class RecordService {

    public static final String VIEW = "YJ_RECORD_VIEW";
    public static final String ARREST = "YJ_ARREST_CREATE";
    public static final String OFFENCE = "YJ_OFFENCE_CREATE";
    public static final String REMAND = "YJ_REMAND_CREATE";
    public static final String REMAND_END = "YJ_REMAND_END";
    public static final String ALLOCATE = "YJ_ALLOCATE";

    @Inject
    private RecordRepository repository;

    @Inject
    private YjAccess access;

    @Inject
    private LookedAfterPeriods periods;

    @Inject
    private Staff staff;

    /** The open involvement, if any; checks and audits the read. */
    public Optional<InvolvementView> involvement(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        access.success(VIEW, personId, "youth justice involvement");
        return repository.openInvolvement(personId).map(i -> new InvolvementView(i, access.childName(personId)));
    }

    public List<OffenceView> offences(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<OffenceView> all = repository.offencesOf(personId).stream().map(OffenceView::new).toList();
        access.success(VIEW, personId, "offences listed: " + all.size());
        return all;
    }

    public List<ArrestView> arrests(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<ArrestView> all = repository.arrestsOf(personId).stream().map(ArrestView::new).toList();
        access.success(VIEW, personId, "arrests listed: " + all.size());
        return all;
    }

    public List<RemandView> remands(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<RemandView> all = repository.remandsOf(personId).stream().map(RemandView::new).toList();
        access.success(VIEW, personId, "remands listed: " + all.size());
        return all;
    }

    /** Open involvements allocated to the signed-in case manager that the user may reach. */
    public List<InvolvementView> myCaseload() {
        String me = access.username();
        return repository.openInvolvementsOf(me).stream().filter(i -> access.mayReach(i.getPersonId()))
                .map(i -> new InvolvementView(i, access.childName(i.getPersonId()))).toList();
    }

    public ArrestView recordArrest(long personId, @NotNull @Valid ArrestForm form) {
        access.require(YjPermissions.RECORD, ARREST, personId);
        access.requireYouthJusticeAge(personId, form.getArrestedOn(), "arrestedOn");
        if (form.getReleasedOn() != null && form.getReleasedOn().isBefore(form.getArrestedOn())) {
            throw new InvalidInputException("releasedOn", "The release from police custody cannot come before the arrest.");
        }
        involved(personId, form.getArrestedOn());
        Arrest arrest = repository.add(new Arrest(personId, form.getArrestedOn(), form.getReleasedOn(), form.isDetainedOvernight(),
                blankToNull(form.getPoliceStation()), access.username(), access.now()));
        access.success(ARREST, personId, "arrest " + arrest.getId() + (arrest.isDetainedOvernight() ? " detained overnight" : ""));
        return new ArrestView(arrest);
    }

    public OffenceView recordOffence(long personId, @NotNull @Valid OffenceForm form) {
        access.require(YjPermissions.RECORD, OFFENCE, personId);
        OffenceType type = offenceType(form.getType());
        access.requireYouthJusticeAge(personId, form.getCommittedOn(), "committedOn");
        involved(personId, form.getCommittedOn());
        Offence offence = repository.add(new Offence(personId, form.getCommittedOn(), type, form.getGravity(), form.isWeapon(),
                form.getDescription().trim(), access.username(), access.now()));
        access.success(OFFENCE, personId, "offence " + offence.getId() + " " + type + " gravity " + offence.getGravity());
        return new OffenceView(offence);
    }

    /** Remands the child and opens the looked-after period (J1) the remand makes. */
    public RemandView remand(long personId, @NotNull @Valid RemandForm form) {
        access.require(YjPermissions.COURT, REMAND, personId);
        RemandKind kind = remandKind(form.getKind());
        access.requireYouthJusticeAge(personId, form.getStartedOn(), "startedOn");
        if (repository.remandsOf(personId).stream().anyMatch(Remand::isOpen)) {
            String open = "The child is already on remand: end that remand first.";
            throw new RuleRefusedException("startedOn", open, List.of(open));
        }
        involved(personId, form.getStartedOn());
        Remand remand = repository.add(new Remand(personId, kind, form.getStartedOn(), access.username(), access.now()));
        long period = periods.open(new OpenLookedAfterPeriod(personId, form.getStartedOn(), Remand.LEGAL_STATUS,
                kind.getPlacementType(), kind.getPlacementProvider(), null)).periodId();
        remand.lookedAfterIn(period);
        repository.flush();
        access.success(REMAND, personId, "remand " + remand.getId() + " " + kind + " looked-after period " + period);
        return new RemandView(remand);
    }

    /** Ends the remand and the looked-after period it opened (reason ceased E14). */
    public RemandView endRemand(long remandId, LocalDate endedOn, Long version) {
        Remand remand = repository.remand(remandId).orElse(null);
        if (remand == null) {
            access.requirePermission(YjPermissions.COURT, REMAND_END, "youth-justice-remand", Long.toString(remandId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, REMAND_END, remand.getPersonId());
        YjAccess.checkVersion(remand, version);
        if (!remand.isOpen()) {
            String ended = "This remand already ended on " + remand.getEndedOn() + ".";
            throw new RuleRefusedException("endedOn", ended, List.of(ended));
        }
        access.pastOrToday(endedOn, "endedOn", "the day the remand ended");
        if (endedOn.isBefore(remand.getStartedOn())) {
            throw new InvalidInputException("endedOn", "A remand cannot end before it began.");
        }
        remand.end(endedOn);
        remand.touched(access.username(), access.now());
        if (remand.getLookedAfterPeriodId() != null) {
            periods.close(new CloseLookedAfterPeriod(remand.getPersonId(), remand.getLookedAfterPeriodId(), endedOn,
                    Remand.REMAND_ENDED));
        }
        repository.flush();
        access.success(REMAND_END, remand.getPersonId(), "remand " + remandId + " ended");
        return new RemandView(remand);
    }

    /** Allocates the child's open involvement to a case manager of the youth justice service. */
    public InvolvementView allocate(long personId, String caseManager, Long version) {
        access.require(YjPermissions.RECORD, ALLOCATE, personId);
        YjInvolvement involvement = repository.openInvolvement(personId).orElseThrow(() -> {
            String none = "The youth justice service has no open involvement with this child.";
            return new RuleRefusedException("personId", none, List.of(none));
        });
        YjAccess.checkVersion(involvement, version);
        if (caseManager == null || staff.find(caseManager.trim()).filter(s -> s.active()).isEmpty()) {
            throw new InvalidInputException("caseManager", "Name an active member of staff as the case manager.");
        }
        involvement.allocateTo(caseManager.trim());
        involvement.touched(access.username(), access.now());
        repository.flush();
        access.success(ALLOCATE, personId, "allocated to " + caseManager.trim());
        return new InvolvementView(involvement, access.childName(personId));
    }

    /** The child's offence, for a service that has already checked the caller's reach to the child. */
    public Offence offenceOf(long personId, Long offenceId, String field) {
        if (offenceId == null) {
            throw new InvalidInputException(field, "Say which offence this is about.");
        }
        return repository.offence(offenceId).filter(o -> o.getPersonId() == personId)
                .orElseThrow(() -> new InvalidInputException(field, "This child has no such offence recorded."));
    }

    /** The service is involved from the first thing it records, allocated to whoever recorded it. */
    private void involved(long personId, LocalDate on) {
        if (repository.openInvolvement(personId).isEmpty()) {
            repository.add(new YjInvolvement(personId, on, access.username(), access.username(), access.now()));
        }
    }

    private static OffenceType offenceType(String value) {
        try {
            return OffenceType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "Choose one of the offence types listed.");
        }
    }

    private static RemandKind remandKind(String value) {
        try {
            return RemandKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Choose a remand to local authority or to youth detention accommodation.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
