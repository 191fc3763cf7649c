package org.harbour.send.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.plan.domain.CeaseReason;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.PlanSection;
import org.harbour.send.plan.domain.SenType;
import org.harbour.send.plan.domain.TransportMode;
import org.harbour.send.plan.domain.PlanVersion;
import org.harbour.send.plan.infrastructure.PlanPdf;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.register.application.SettingRegister;
import org.harbour.send.register.domain.EducationSetting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EHC plans: writing the sections, ranking the needs, naming the setting, issuing versions and
 * ceasing. Every change carries the version the user read; a stale one is refused with who
 * changed the plan and when.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class PlanService {

    public static final String VIEW = "SEND_PLAN_VIEW";
    public static final String UPDATE = "SEND_PLAN_UPDATE";
    public static final String ISSUE = "SEND_PLAN_ISSUE";
    public static final String CEASE = "SEND_PLAN_CEASE";
    public static final String PDF = "SEND_PLAN_PDF";
    public static final String TRANSFER_IN = "SEND_PLAN_TRANSFER_IN";
    public static final String TRANSFER_OUT = "SEND_PLAN_TRANSFER_OUT";
    private static final int MAX_SECTION = 4000;

    @Inject
    private PlanRepository plans;

    @Inject
    private SettingRegister register;

    @Inject
    private SendAccess access;

    @Inject
    private People people;

    @Inject
    private PlanPdf pdf;

    @Inject
    private ModuleSettings settings;

    public PlanView find(long planId) {
        EhcPlan plan = plan(planId, SendPermissions.ACCESS, VIEW);
        access.success(VIEW, plan.getPersonId(), "plan " + planId);
        return view(plan);
    }

    public List<PlanView> ofChild(long personId) {
        access.require(SendPermissions.ACCESS, VIEW, personId);
        List<PlanView> all = plans.ofChild(personId).stream().map(this::view).toList();
        access.success(VIEW, personId, "plans listed: " + all.size());
        return all;
    }

    /** One issued version of the plan (draft, final or amended) as a tagged PDF, as it was issued. */
    public byte[] versionPdf(long planId, int number) {
        EhcPlan plan = plan(planId, SendPermissions.ACCESS, PDF);
        PlanVersion version = plan.getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(-1));
        PersonSummary child = people.find(plan.getPersonId()).orElse(null);
        byte[] file = pdf.write(version, access.nameOf(plan.getPersonId()), child == null ? null : child.dateOfBirth());
        access.success(PDF, plan.getPersonId(), "plan " + planId + " version " + number + " (" + version.getKind().name() + ") as PDF");
        return file;
    }

    /** Writes the sections given (by letter); the others stay as they are. */
    public PlanView writeSections(long planId, Map<String, String> sections, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, UPDATE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        if (sections == null || sections.isEmpty()) {
            throw new InvalidInputException("sections", "Send at least one section, by its letter A to K.");
        }
        sections.forEach((letter, text) -> {
            PlanSection s = parse(PlanSection.class, letter, "sections", "A section is a letter from A to K: " + letter);
            if (text != null && text.length() > MAX_SECTION) {
                throw new InvalidInputException("sections." + letter, "Keep section " + letter + " to 4,000 characters.");
            }
            access.step(UPDATE, plan.getPersonId(), "sections", () -> {
                plan.writeSection(s, text == null || text.isBlank() ? null : text.strip());
                return plan;
            });
        });
        return saved(plan, UPDATE, "sections " + sections.keySet());
    }

    /** The child's needs, most significant first, by SEN2 code. */
    public PlanView rankNeeds(long planId, List<String> codes, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, UPDATE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInputException("needs", "Rank at least one special educational need.");
        }
        List<SenType> ranked = new ArrayList<>();
        for (String code : codes) {
            ranked.add(parse(SenType.class, code, "needs", "Not a type of special educational need: " + code));
        }
        access.step(UPDATE, plan.getPersonId(), "needs", () -> {
            plan.rankNeeds(ranked);
            return plan;
        });
        return saved(plan, UPDATE, "needs " + codes);
    }

    public PlanView nameSetting(long planId, Long settingId, boolean residential, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, UPDATE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        if (settingId == null) {
            throw new InvalidInputException("settingId", "Choose the school or setting from the register.");
        }
        EducationSetting setting = register.entity(settingId)
                .orElseThrow(() -> new InvalidInputException("settingId", "No such setting on the register."));
        access.step(UPDATE, plan.getPersonId(), "settingId", () -> {
            plan.nameSetting(setting, residential);
            return plan;
        });
        return saved(plan, UPDATE, "setting " + settingId);
    }

    /** Section J's personal budget: amounts a year as organised arrangements and as direct payments. */
    public PlanView arrangePersonalBudget(long planId, BigDecimal organised, BigDecimal direct, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, UPDATE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        amounts(() -> access.step(UPDATE, plan.getPersonId(), "personalBudget", () -> {
            plan.arrangePersonalBudget(organised, direct);
            return plan;
        }), "budgetOrganised");
        return saved(plan, UPDATE, "personal budget " + (plan.isPersonalBudget() ? "arranged" : "none"));
    }

    /** Home to school transport: the mode (TransportMode's name) and its cost a year. */
    public PlanView arrangeTransport(long planId, String mode, BigDecimal costPerYear, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, UPDATE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        TransportMode how = mode == null || mode.isBlank() ? TransportMode.NONE
                : parse(TransportMode.class, mode, "transportMode", "Not a way of travelling the plan can arrange: " + mode);
        amounts(() -> access.step(UPDATE, plan.getPersonId(), "transportMode", () -> {
            plan.arrangeTransport(how, costPerYear);
            return plan;
        }), "transportCost");
        return saved(plan, UPDATE, "transport " + how.name());
    }

    /** A domain refusal of an amount is the user's input to put right. */
    private static void amounts(Runnable change, String field) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    public PlanView cease(long planId, LocalDate on, String reason, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, CEASE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        LocalDate day = access.day(on, "ceasedOn");
        CeaseReason why = parse(CeaseReason.class, reason, "reason", "Choose why the plan ceases.");
        access.step(CEASE, plan.getPersonId(), "status", () -> {
            plan.cease(day, why);
            return plan;
        });
        return saved(plan, CEASE, "ceased " + why.getCode());
    }

    /** Whether the plan names a work-based placement (SEN2's PlanWPB). */
    public PlanView workBasedPlacement(long planId, boolean workBased, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, UPDATE);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        access.step(UPDATE, plan.getPersonId(), "workBasedPlacement", () -> {
            plan.workBasedPlacement(workBased);
            return plan;
        });
        return saved(plan, UPDATE, "work-based placement " + workBased);
    }

    /** The plan came here from another authority (its DfE code) on the day given. */
    public PlanView transferIn(long planId, String fromLa, LocalDate on, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, TRANSFER_IN);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        String la = otherAuthority(fromLa);
        LocalDate day = access.day(on, "on");
        amounts(() -> access.step(TRANSFER_IN, plan.getPersonId(), "fromLa", () -> {
            plan.transferredIn(la, day, access.today());
            return plan;
        }), "fromLa");
        return saved(plan, TRANSFER_IN, "transferred in from " + la + " on " + day);
    }

    /** The family moved and the plan went to another authority (its DfE code): it ceases here with SEN2 reason 5. */
    public PlanView transferOut(long planId, String toLa, LocalDate on, Long version) {
        EhcPlan plan = plan(planId, SendPermissions.PLAN, TRANSFER_OUT);
        SendAccess.checkVersion(plan.getVersion(), version, plan.getChangedBy(), plan.getChangedAt());
        String la = otherAuthority(toLa);
        LocalDate day = access.day(on, "on");
        amounts(() -> access.step(TRANSFER_OUT, plan.getPersonId(), "toLa", () -> {
            plan.transferredOut(la, day, access.today());
            return plan;
        }), "toLa");
        return saved(plan, TRANSFER_OUT, "transferred out to " + la + " on " + day);
    }

    /** A 3-digit DfE authority code that is not the council's own. */
    private String otherAuthority(String code) {
        String la = code == null ? "" : code.strip();
        if (!la.matches("\\d{3}")) {
            throw new InvalidInputException("la", "Give the other authority's 3-digit DfE code.");
        }
        if (la.equals(settings.text(SendModule.ID, SendModule.LA_CODE))) {
            throw new InvalidInputException("la", "That is this council's own code: give the other authority's.");
        }
        return la;
    }

    /** A draft plan for the child, made when the assessment's draft goes to the family; the caller checked the permission. */
    public EhcPlan draft(long personId, LocalDate on) {
        EhcPlan plan = new EhcPlan(personId, on, access.username(), access.now());
        plan.issueDraft(on, access.username());
        plans.add(plan);
        access.success(ISSUE, personId, "draft plan " + plan.getId());
        return plan;
    }

    /** Issues the final plan; the caller checked the permission and reach. */
    public EhcPlan issueFinal(long planId, LocalDate on) {
        EhcPlan plan = plans.find(planId).orElseThrow(() -> new RecordNotFoundException(-1));
        access.step(ISSUE, plan.getPersonId(), "plan", () -> plan.issueFinal(on, access.username()));
        plan.touched(access.username(), access.now());
        access.success(ISSUE, plan.getPersonId(), "final plan " + planId);
        return plan;
    }

    /** The plan after the permission and reach are checked. */
    private EhcPlan plan(long planId, String permission, String action) {
        EhcPlan plan = plans.find(planId).orElse(null);
        if (plan == null) {
            access.requirePermission(permission, action, "send-plan", Long.toString(planId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, plan.getPersonId());
        return plan;
    }

    private PlanView saved(EhcPlan plan, String action, String detail) {
        plan.touched(access.username(), access.now());
        plans.flush();
        access.success(action, plan.getPersonId(), "plan " + plan.getId() + " " + detail);
        return view(plan);
    }

    PlanView view(EhcPlan plan) {
        return new PlanView(plan, access.nameOf(plan.getPersonId()));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }
}
