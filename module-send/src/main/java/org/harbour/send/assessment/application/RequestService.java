package org.harbour.send.assessment.application;

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
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.assessment.domain.AdviceKind;
import org.harbour.send.assessment.domain.AdviceRequest;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.infrastructure.RequestRepository;
import org.harbour.send.assessment.domain.ConsultationAnswer;
import org.harbour.send.assessment.domain.SettingConsultation;
import org.harbour.send.plan.application.PlanService;
import org.harbour.send.register.application.SettingRegister;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.timescale.domain.ExceptionGround;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Requests for EHC needs assessments and the assessment up to the final plan. Each step checks
 * its permission and the child's reach, refuses a step out of order (audited), carries the version
 * the user read, and is audited on the child's record.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class RequestService {

    public static final String VIEW = "SEND_REQUEST_VIEW";
    public static final String CREATE = "SEND_REQUEST_CREATE";
    public static final String DECISION = "SEND_DECISION";
    public static final String ADVICE = "SEND_ADVICE";
    public static final String EXCEPTION = "SEND_EXCEPTION";
    public static final String DRAFT = "SEND_DRAFT_PLAN";
    public static final String FINAL = "SEND_FINAL_PLAN";
    public static final String FAMILY_RESPONSE = "SEND_FAMILY_RESPONSE";
    public static final String CONSULTATION = "SEND_CONSULTATION";
    private static final int MAX_COMMENTS = 2000;
    private static final int MAX_NOTE = 1000;
    private static final int OLDEST_AGE = 25;

    @Inject
    private RequestRepository requests;

    @Inject
    private PlanService plans;

    @Inject
    private People people;

    @Inject
    private SettingRegister register;

    @Inject
    private SendAccess access;

    public RequestView record(long personId, @NotNull @Valid RequestForm form) {
        access.require(SendPermissions.RECORD, CREATE, personId);
        PersonSummary child = people.find(personId).orElseThrow(() -> new RecordNotFoundException(personId));
        Integer age = child.ageOn(form.getReceivedOn());
        if (age == null || age < 0 || age > OLDEST_AGE) {
            throw new InvalidInputException("personId",
                    "EHC plans are for children and young people aged 0 to 25; this person is not on the day of the request.");
        }
        EhcRequest request = new EhcRequest(personId, form.getReceivedOn(), form.getSource(), form.isInYouthCustody(),
                access.username(), access.username(), access.now());
        requests.add(request);
        access.success(CREATE, personId, "request " + request.getId() + " received " + form.getReceivedOn());
        return view(request);
    }

    public RequestView find(long requestId) {
        EhcRequest r = request(requestId, SendPermissions.ACCESS, VIEW);
        access.success(VIEW, r.getPersonId(), "request " + requestId);
        return view(r);
    }

    /** The child's requests, newest first. */
    public List<RequestView> ofChild(long personId) {
        access.require(SendPermissions.ACCESS, VIEW, personId);
        List<RequestView> all = requests.ofChild(personId).stream().map(this::view).toList();
        access.success(VIEW, personId, "requests listed: " + all.size());
        return all;
    }

    /** The signed-in officer's open requests with their 20-week clock, longest waiting first. */
    public List<RequestView> myCaseload() {
        access.requirePermission(SendPermissions.ACCESS, VIEW, "module", "send");
        return requests.openOf(access.username()).stream().filter(r -> access.mayReach(r.getPersonId()))
                .map(this::view).toList();
    }

    public RequestView decide(long requestId, Boolean assess, LocalDate on, String reason, Long version) {
        EhcRequest r = request(requestId, SendPermissions.DECIDE, DECISION);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        if (assess == null) {
            throw new InvalidInputException("assess", "Say whether the authority will assess.");
        }
        LocalDate day = access.day(on, "decidedOn");
        if (!assess && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Give the reasons for not assessing: the family's letter sets them out.");
        }
        access.step(DECISION, r.getPersonId(), "decidedOn", () -> {
            r.decide(assess, day, reason == null ? null : reason.strip());
            return r;
        });
        return saved(r, DECISION, (assess ? "to assess" : "not to assess") + " on " + day
                + (r.decidedInTime() ? " within 6 weeks" : " after 6 weeks"));
    }

    public RequestView askForAdvice(long requestId, String kind, String askedOf, LocalDate on, Long version) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, ADVICE);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        AdviceKind k = parse(AdviceKind.class, kind, "kind", "Choose the kind of advice.");
        if (askedOf == null || askedOf.isBlank() || askedOf.length() > 200) {
            throw new InvalidInputException("askedOf", "Say whom the advice is asked of (up to 200 characters).");
        }
        LocalDate day = access.day(on, "requestedOn");
        AdviceRequest a = access.step(ADVICE, r.getPersonId(), "requestedOn", () -> r.askForAdvice(k, askedOf.strip(), day));
        return saved(r, ADVICE, "asked " + k + " due " + a.dueOn());
    }

    public RequestView adviceReceived(long requestId, long adviceId, LocalDate on, Long version) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, ADVICE);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        AdviceRequest a;
        try {
            a = r.advice(adviceId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(-1);
        }
        if (a.getKind().isHealthData()) {
            access.requirePermission(SendPermissions.HEALTH_DATA, ADVICE, "person", Long.toString(r.getPersonId()));
        }
        LocalDate day = access.day(on, "receivedOn");
        access.step(ADVICE, r.getPersonId(), "receivedOn", () -> {
            a.received(day);
            return a;
        });
        return saved(r, ADVICE, "received advice " + adviceId);
    }

    public RequestView recordException(long requestId, String ground, LocalDate from, LocalDate to, String note, Long version) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, EXCEPTION);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        ExceptionGround g = parse(ExceptionGround.class, ground, "ground", "Choose the statutory ground, (a) to (d).");
        if (from == null) {
            throw new InvalidInputException("from", "Enter the day the exception began.");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Enter the day the exception ended (or is expected to end).");
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("note", "Keep the note to 1,000 characters.");
        }
        access.step(EXCEPTION, r.getPersonId(), "from", () -> r.recordException(g, from, to, note));
        return saved(r, EXCEPTION, "ground " + g.getCode() + " " + from + " to " + to);
    }

    /** The draft plan goes to the family: the plan is made, and their 15 days start. */
    public RequestView issueDraft(long requestId, LocalDate on, Long version) {
        EhcRequest r = request(requestId, SendPermissions.PLAN, DRAFT);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        LocalDate day = access.day(on, "draftSentOn");
        if (!r.isAssessing()) {
            throw access.refused(DRAFT, r.getPersonId(), "stage", "A draft plan follows the decision to assess.");
        }
        EhcPlan plan = plans.draft(r.getPersonId(), day);
        access.step(DRAFT, r.getPersonId(), "draftSentOn", () -> {
            r.draftSent(day, plan.getId());
            return r;
        });
        return saved(r, DRAFT, "draft plan " + plan.getId() + " sent " + day);
    }

    /** The final plan: after the family's 15 days, with the needs ranked. */
    public RequestView issueFinal(long requestId, LocalDate on, Long version) {
        EhcRequest r = request(requestId, SendPermissions.PLAN, FINAL);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        LocalDate day = access.day(on, "finalIssuedOn");
        access.step(FINAL, r.getPersonId(), "finalIssuedOn", () -> {
            r.finalIssued(day);
            return r;
        });
        plans.issueFinal(r.getPlanId(), day);
        return saved(r, FINAL, "final plan " + r.getPlanId() + " issued " + day + " in week " + r.weekOn(day));
    }

    /**
     * The family's response to the draft: the day it came, their comments and the setting they ask
     * to be named (from the register), which must then be consulted before the final plan.
     */
    public RequestView recordFamilyResponse(long requestId, LocalDate on, String comments, Long settingId, Long version) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, FAMILY_RESPONSE);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        LocalDate day = access.day(on, "respondedOn");
        if (comments != null && comments.length() > MAX_COMMENTS) {
            throw new InvalidInputException("comments", "Keep the family's comments to 2,000 characters; keep the letter itself as a document.");
        }
        EducationSetting asked = settingId == null ? null : setting(settingId);
        access.step(FAMILY_RESPONSE, r.getPersonId(), "respondedOn", () -> {
            r.familyResponded(day, comments == null || comments.isBlank() ? null : comments.strip(), asked);
            return r;
        });
        return saved(r, FAMILY_RESPONSE, "family responded " + day + (asked == null ? "" : ", asking for setting " + settingId)
                + (Boolean.TRUE.equals(r.familyRespondedInTime()) ? " within their 15 days" : " after their 15 days"));
    }

    /** A setting consulted on the draft about being named in the plan; it has 15 days to answer. */
    public RequestView consult(long requestId, Long settingId, LocalDate on, Long version) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, CONSULTATION);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        if (settingId == null) {
            throw new InvalidInputException("settingId", "Choose the school or setting consulted.");
        }
        EducationSetting setting = setting(settingId);
        LocalDate day = access.day(on, "consultedOn");
        SettingConsultation c = access.step(CONSULTATION, r.getPersonId(), "settingId", () -> r.consult(setting, day));
        return saved(r, CONSULTATION, "consulted setting " + settingId + " on " + day + ", answer due " + c.answerDue());
    }

    /** The consulted setting's answer. */
    public RequestView consultationAnswered(long requestId, long consultationId, LocalDate on, String answer, String note,
                                            Long version) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, CONSULTATION);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        SettingConsultation c;
        try {
            c = r.consultation(consultationId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(-1);
        }
        ConsultationAnswer a = parse(ConsultationAnswer.class, answer, "answer", "Say whether the setting agrees or objects.");
        LocalDate day = access.day(on, "answeredOn");
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Keep the note to 1,000 characters.");
        }
        access.step(CONSULTATION, r.getPersonId(), "answeredOn", () -> {
            c.answered(day, a, note == null || note.isBlank() ? null : note.strip());
            return c;
        });
        return saved(r, CONSULTATION, "setting " + c.getSetting().getId() + " answered " + a.name() + " on " + day);
    }

    private EducationSetting setting(long settingId) {
        return register.entity(settingId).orElseThrow(() -> new InvalidInputException("settingId", "No such setting on the register."));
    }

    public RequestView notToIssue(long requestId, LocalDate on, String reason, Long version) {
        EhcRequest r = request(requestId, SendPermissions.DECIDE, DECISION);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        LocalDate day = access.day(on, "notIssuedOn");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Give the reasons for not issuing a plan.");
        }
        access.step(DECISION, r.getPersonId(), "notIssuedOn", () -> {
            r.notToIssue(day, reason.strip());
            return r;
        });
        return saved(r, DECISION, "not to issue on " + day);
    }

    private EhcRequest request(long requestId, String permission, String action) {
        EhcRequest r = requests.find(requestId).orElse(null);
        if (r == null) {
            access.requirePermission(permission, action, "send-request", Long.toString(requestId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, r.getPersonId());
        return r;
    }

    private RequestView saved(EhcRequest r, String action, String detail) {
        r.touched(access.username(), access.now());
        requests.flush();
        access.success(action, r.getPersonId(), "request " + r.getId() + " " + detail);
        return view(r);
    }

    /** The child's name, for headings; the caller has checked the reach. */
    public String childName(long personId) {
        return access.nameOf(personId);
    }

    private RequestView view(EhcRequest r) {
        return new RequestView(r, access.nameOf(r.getPersonId()), access.today(), access.has(SendPermissions.HEALTH_DATA));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }
}
