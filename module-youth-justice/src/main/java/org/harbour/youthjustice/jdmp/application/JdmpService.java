package org.harbour.youthjustice.jdmp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.Inputs;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.caution.application.CautionDutyService;
import org.harbour.youthjustice.jdmp.domain.JdmpReferral;
import org.harbour.youthjustice.jdmp.domain.PanelDetails;
import org.harbour.youthjustice.jdmp.infrastructure.JdmpRepository;
import org.harbour.youthjustice.outcome.application.OutcomeService;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.record.application.RecordService;
import org.harbour.youthjustice.record.domain.Offence;

import java.time.LocalDate;
import java.util.List;

/**
 * The Joint Decision-Making Panel: the police refer a child's offence, the service assesses
 * within 10 working days (England's working days), and the panel decides once, which records the
 * outcome on the child's ladder. A second youth caution or a conditional caution opens the duty
 * to assess and arrange an intervention.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class JdmpService {

    public static final String VIEW = "YJ_JDMP_VIEW";
    public static final String REFER = "YJ_JDMP_REFER";
    public static final String ASSESS = "YJ_JDMP_ASSESS";
    public static final String DECIDE = "YJ_JDMP_DECIDE";

    @Inject
    private JdmpRepository repository;

    @Inject
    private RecordService records;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private CautionDutyService cautionDuties;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private YjAccess access;

    public JdmpView refer(long personId, Long offenceId, LocalDate referredOn) {
        access.require(YjPermissions.RECORD, REFER, personId);
        Offence offence = records.offenceOf(personId, offenceId, "offenceId");
        access.pastOrToday(referredOn, "referredOn", "the day of the police referral");
        if (referredOn.isBefore(offence.getCommittedOn())) {
            throw new InvalidInputException("referredOn", "The police cannot refer an offence before it was committed.");
        }
        if (repository.undecidedFor(offence.getId())) {
            String waiting = "This offence is already waiting for the panel.";
            throw new RuleRefusedException("offenceId", waiting, List.of(waiting));
        }
        JdmpReferral referral = repository.add(new JdmpReferral(personId, offence.getId(), referredOn,
                calendar.addWorkingDays(referredOn, JdmpReferral.ASSESSMENT_WORKING_DAYS), access.username(), access.now()));
        access.success(REFER, personId, "panel referral " + referral.getId() + " offence " + offence.getId());
        return view(referral);
    }

    public JdmpView find(long referralId) {
        JdmpReferral referral = referral(referralId, YjPermissions.ACCESS, VIEW);
        access.success(VIEW, referral.getPersonId(), "panel referral " + referralId);
        return view(referral);
    }

    public List<JdmpView> ofChild(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<JdmpView> all = repository.ofChild(personId).stream().map(this::view).toList();
        access.success(VIEW, personId, "panel referrals listed: " + all.size());
        return all;
    }

    /** The panel's agenda: undecided referrals of children the user may reach, longest waiting first. */
    public List<JdmpView> agenda() {
        access.requirePermission(YjPermissions.ACCESS, VIEW, "module", "youth-justice");
        List<JdmpView> items = repository.undecided().stream().filter(r -> access.mayReach(r.getPersonId())).map(this::view).toList();
        access.success(VIEW, "module", "youth-justice", "panel agenda listed: " + items.size());
        return items;
    }

    public JdmpView recordAssessment(long referralId, LocalDate assessedOn, Long version) {
        JdmpReferral referral = referral(referralId, YjPermissions.RECORD, ASSESS);
        YjAccess.checkVersion(referral, version);
        access.pastOrToday(assessedOn, "assessedOn", "the day of the assessment");
        if (assessedOn.isBefore(referral.getReferredOn())) {
            throw new InvalidInputException("assessedOn", "The assessment cannot come before the police referral.");
        }
        referral.assessed(assessedOn);
        referral.touched(access.username(), access.now());
        repository.flush();
        access.success(ASSESS, referral.getPersonId(), "panel referral " + referralId + " assessed");
        return view(referral);
    }

    /** The panel's one decision, recorded as the child's outcome for the offence. */
    public JdmpView decide(long referralId, String decision, LocalDate decidedOn, Long version, PanelDetails details) {
        JdmpReferral referral = referral(referralId, YjPermissions.DECIDE, DECIDE);
        YjAccess.checkVersion(referral, version);
        if (referral.isDecided()) {
            String once = "The panel decided this referral on " + referral.getDecidedOn() + ": it decides once.";
            throw new RuleRefusedException("decision", once, List.of(once));
        }
        access.pastOrToday(decidedOn, "decidedOn", "the day of the panel's decision");
        if (decidedOn.isBefore(referral.getReferredOn())) {
            throw new InvalidInputException("decidedOn", "The panel cannot decide before the police referral.");
        }
        if (decision == null || decision.isBlank()) {
            throw new InvalidInputException("decision", "Choose the panel's decision.");
        }
        PanelDetails panel = (details == null ? new PanelDetails(null, null, null, null) : details).trimmed();
        Inputs.refuseIfBroken(panel.problems(outcomes.panelDecision(decision.trim()).isConditional(), decidedOn));
        Offence offence = records.offenceOf(referral.getPersonId(), referral.getOffenceId(), "offenceId");
        Outcome outcome = outcomes.decided(referral.getPersonId(), referral.getOffenceId(), decision.trim(), decidedOn);
        referral.decide(outcome.getType().getCode(), decidedOn, outcome.getId(), panel, panel.gravityOr(offence.getGravity()));
        referral.touched(access.username(), access.now());
        repository.flush();
        access.success(DECIDE, referral.getPersonId(), "panel referral " + referralId + " decided " + outcome.getType().getCode());
        cautionDuties.afterOutcome(outcome);
        return view(referral);
    }

    /** The offence in words, as the panel's agenda names it. */
    public static String describe(Offence o) {
        return o == null ? "" : o.getType().getLabel() + " (gravity " + o.getGravity() + ")";
    }

    private JdmpReferral referral(long referralId, String permission, String action) {
        JdmpReferral referral = repository.find(referralId).orElse(null);
        if (referral == null) {
            access.requirePermission(permission, action, "youth-justice-jdmp", Long.toString(referralId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, referral.getPersonId());
        return referral;
    }

    private JdmpView view(JdmpReferral r) {
        String offence = describe(records.offenceOf(r.getPersonId(), r.getOffenceId(), "offenceId"));
        return new JdmpView(r, access.childName(r.getPersonId()), offence,
                r.getDecisionCode() == null ? null : outcomes.labelOf(r.getDecisionCode()), access.today());
    }
}
