package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.programme.domain.Contact;
import org.harbour.pause.programme.domain.ContactKind;
import org.harbour.pause.programme.domain.Contraception;
import org.harbour.pause.programme.domain.FundEntry;
import org.harbour.pause.programme.domain.Goal;
import org.harbour.pause.programme.domain.Outcome;
import org.harbour.pause.programme.domain.OutcomePoint;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.Stage;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;
import org.harbour.pause.programme.infrastructure.WomanRecordRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A woman's programme record: reading it (the Pause team, or a break-glass access, every read
 * audited) and keeping it: her plan's goals, contacts, the flexible fund, contraception and
 * outcomes at baseline, midpoint and exit.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(PausePermissions.ACCESS)
public class WomanRecordService {

    public static final String VIEW = "PAUSE_RECORD_VIEW";
    public static final String UPDATE = "PAUSE_RECORD_UPDATE";
    private static final BigDecimal LARGEST_PAYMENT = new BigDecimal("5000");

    @Inject
    private Participations participations;

    @Inject
    private WomanRecordRepository records;

    @Inject
    private ParticipationRepository participationRepository;

    @Inject
    private PauseAccess access;

    public WomanRecord record(long participationId) {
        Participation p = participations.forReading(participationId, VIEW);
        boolean health = access.has(PausePermissions.HEALTH_DATA);
        WomanRecord record = new WomanRecord(participations.view(p), records.goals(p.getId()), records.contacts(p.getId()),
                records.fund(p.getId()), records.contraception(p.getId()), records.outcomes(p.getId()), health);
        access.success(VIEW, p.getPersonId(), "participation " + participationId + (health ? " with health data" : ""));
        return record;
    }

    /** Her latest participation, for a record opened from her person id (the same checks as reading it). */
    public long latestOf(long personId) {
        access.requireRecordRead(VIEW, personId);
        return participationRepository.ofPerson(personId).stream().findFirst().map(Participation::getId)
                .orElseThrow(() -> new RecordNotFoundException(personId));
    }

    public void addGoal(long participationId, String description, LocalDate targetOn) {
        Participation p = inProgramme(participationId);
        records.add(new Goal(p.getId(), description, targetOn, access.username(), access.clock().instant()));
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " goal added");
    }

    public void goalAchieved(long participationId, long goalId, LocalDate on, Long version) {
        Participation p = inProgramme(participationId);
        Goal goal = records.goal(goalId).filter(g -> g.getParticipationId() == p.getId())
                .orElseThrow(() -> new RecordNotFoundException(-1));
        if (version == null || goal.getVersion() != version) {
            throw new EditConflictException(goal.getUpdatedBy(), goal.getUpdatedAt(), goal.getVersion());
        }
        goal.achieved(notFuture("achievedOn", on));
        goal.touched(access.username(), access.clock().instant());
        records.flush();
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " goal " + goalId + " achieved");
    }

    public void addContact(long participationId, LocalDate on, ContactKind kind, String note) {
        Participation p = inProgramme(participationId);
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose how you were in touch.");
        }
        records.add(new Contact(p.getId(), notFuture("contactOn", on), kind, note, access.username(), access.clock().instant()));
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " contact recorded");
    }

    public void addPayment(long participationId, LocalDate on, BigDecimal amount, String purpose) {
        Participation p = inProgramme(participationId);
        if (amount == null || amount.signum() <= 0 || amount.compareTo(LARGEST_PAYMENT) > 0 || amount.scale() > 2) {
            throw new InvalidInputException("amount", "Enter an amount in pounds and pence, above 0 and at most 5000.");
        }
        records.add(new FundEntry(p.getId(), notFuture("spentOn", on), amount, purpose, access.username(), access.clock().instant()));
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " fund payment " + amount);
    }

    /** Contraception as a date and her consent; a method only from a holder of the health-data permission. */
    public void recordContraception(long participationId, LocalDate on, boolean consented, String method) {
        Participation p = inProgramme(participationId);
        boolean giving = method != null && !method.isBlank();
        if (giving) {
            access.requirePermission(PausePermissions.HEALTH_DATA, UPDATE, "person", Long.toString(p.getPersonId()));
            if (method.length() > 80) {
                throw new InvalidInputException("method", "Keep the method to 80 characters.");
            }
        }
        records.add(new Contraception(p.getId(), notFuture("recordedOn", on), consented, method, access.username(),
                access.clock().instant()));
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " contraception recorded"
                + (giving ? " with method" : ""));
    }

    /** Outcomes at a point: recorded the first time, changed after (send the version read). */
    public void recordOutcome(long participationId, OutcomePoint point, OutcomeForm form, Long version) {
        Participation p = inProgramme(participationId);
        if (point == null) {
            throw new InvalidInputException("point", "Choose baseline, midpoint or exit.");
        }
        if (form == null) {
            throw new InvalidInputException("assessedOn", "Send the outcomes.");
        }
        Outcome outcome = records.outcome(p.getId(), point).orElse(null);
        if (outcome == null) {
            outcome = new Outcome(p.getId(), point, access.username(), access.clock().instant());
            assess(outcome, form);
            records.add(outcome);
        } else {
            if (version == null || outcome.getVersion() != version) {
                throw new EditConflictException(outcome.getUpdatedBy(), outcome.getUpdatedAt(), outcome.getVersion());
            }
            assess(outcome, form);
            outcome.touched(access.username(), access.clock().instant());
            records.flush();
        }
        access.success(UPDATE, p.getPersonId(), "participation " + participationId + " outcomes " + point);
    }

    private void assess(Outcome outcome, OutcomeForm f) {
        outcome.assess(notFuture("assessedOn", f.getAssessedOn()), f.getHousing(), f.getSubstanceMisuse(), f.getDomesticAbuse(),
                f.getMentalHealth(), f.getEducationWork(), f.getChildContact(), f.getPregnancies(), f.getBirths());
    }

    private Participation inProgramme(long participationId) {
        Participation p = participations.checked(participationId, PausePermissions.RECORD, UPDATE);
        if (!p.getStage().isActive() && p.getStage() != Stage.EXITED) {
            String why = "Her record is kept once she is allocated to a practitioner; she is at: " + p.getStage().getLabel() + ".";
            throw new RuleRefusedException("stage", why, List.of(why));
        }
        return p;
    }

    private LocalDate notFuture(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidInputException(field, "Enter the date (dd/MM/yyyy).");
        }
        if (day.isAfter(access.today())) {
            throw new InvalidInputException(field, "The date cannot be in the future.");
        }
        return day;
    }
}
