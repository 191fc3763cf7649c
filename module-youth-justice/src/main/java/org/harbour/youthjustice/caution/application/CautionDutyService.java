package org.harbour.youthjustice.caution.application;

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
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.caution.domain.CautionDuty;
import org.harbour.youthjustice.caution.domain.CautionDutyRule;
import org.harbour.youthjustice.caution.infrastructure.CautionDutyRepository;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.infrastructure.OutcomeRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The duty to assess a child and arrange an intervention after a second youth caution or any
 * conditional caution: opened when the caution is recorded, met when both are recorded.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class CautionDutyService {

    public static final String VIEW = "YJ_CAUTION_DUTY_VIEW";
    public static final String ARISEN = "YJ_CAUTION_DUTY_CREATE";
    public static final String MET = "YJ_CAUTION_DUTY_MET";

    @Inject
    private CautionDutyRepository repository;

    @Inject
    private OutcomeRepository outcomes;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private YjAccess access;

    /** Opens the duty if the outcome just recorded makes one; the caller has checked and audited the outcome. */
    public Optional<CautionDutyView> afterOutcome(Outcome given) {
        Optional<String> reason = CautionDutyRule.reason(given, outcomes.ofChild(given.getPersonId()));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        CautionDuty duty = repository.add(new CautionDuty(given.getPersonId(), given.getId(), reason.get(), given.getOutcomeOn(),
                calendar.addWorkingDays(given.getOutcomeOn(), CautionDutyRule.ASSESSMENT_WORKING_DAYS), access.username(), access.now()));
        access.success(ARISEN, given.getPersonId(), "duty to assess " + duty.getId() + ": " + reason.get());
        return Optional.of(view(duty));
    }

    public List<CautionDutyView> ofChild(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<CautionDutyView> all = repository.ofChild(personId).stream().map(this::view).toList();
        access.success(VIEW, personId, "duties to assess listed: " + all.size());
        return all;
    }

    /** The due list: duties still owed for children the user may reach, soonest due first. */
    public List<CautionDutyView> owed() {
        access.requirePermission(YjPermissions.ACCESS, VIEW, "module", "youth-justice");
        List<CautionDutyView> all = repository.owed().stream().filter(d -> access.mayReach(d.getPersonId())).map(this::view).toList();
        access.success(VIEW, "module", "youth-justice", "duties to assess owed: " + all.size());
        return all;
    }

    public CautionDutyView met(long dutyId, LocalDate assessedOn, String intervention, Long version) {
        CautionDuty duty = repository.find(dutyId).orElse(null);
        if (duty == null) {
            access.requirePermission(YjPermissions.RECORD, MET, "youth-justice-caution-duty", Long.toString(dutyId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.RECORD, MET, duty.getPersonId());
        YjAccess.checkVersion(duty, version);
        if (!duty.isOwed()) {
            String met = "This duty was met on " + duty.getAssessedOn() + ".";
            throw new RuleRefusedException("assessedOn", met, List.of(met));
        }
        access.pastOrToday(assessedOn, "assessedOn", "the day of the assessment");
        if (assessedOn.isBefore(duty.getArisenOn())) {
            throw new InvalidInputException("assessedOn", "The assessment cannot come before the caution.");
        }
        if (intervention == null || intervention.isBlank()) {
            throw new InvalidInputException("intervention", "Say which intervention was arranged.");
        }
        if (intervention.trim().length() > 500) {
            throw new InvalidInputException("intervention", "Keep the intervention to 500 characters.");
        }
        duty.met(assessedOn, intervention.trim());
        duty.touched(access.username(), access.now());
        repository.flush();
        access.success(MET, duty.getPersonId(), "duty to assess " + dutyId + " met");
        return view(duty);
    }

    private CautionDutyView view(CautionDuty d) {
        return new CautionDutyView(d, access.childName(d.getPersonId()), access.today());
    }
}
