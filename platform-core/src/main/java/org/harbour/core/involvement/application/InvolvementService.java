package org.harbour.core.involvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.InvolvementRuleException;
import org.harbour.core.involvement.domain.InvolvementRules;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.involvement.domain.RuleViolation;
import org.harbour.core.involvement.infrastructure.InvolvementRepository;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records and updates a child's involvements and placement episodes. Every method checks the
 * right to the child's record first and audits what it did under record type {@code person}.
 * The front door is the one exception to need to know: a contact or referral may be recorded
 * for a person in the index who has no open case with any service area, and a referral then
 * opens a case allocated to the member of staff who recorded it.
 */
@ApplicationScoped
// A refusal changes nothing but must leave its audit line, which joins this transaction.
@Transactional(dontRollbackOn = RecordNotFoundException.class)
@Requires(CorePermissions.RECORDS)
public class InvolvementService {

    public static final String VIEW = "INVOLVEMENT_VIEW";
    public static final String UPDATE = "INVOLVEMENT_UPDATE";
    private static final String RECORD_TYPE = RecordAccess.RECORD_TYPE;
    private static final String RECORDS = "core:records";

    @Inject
    private InvolvementRepository repository;

    @Inject
    private InvolvementViews views;

    @Inject
    private RecordAccess records;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private CaseloadService caseload;

    @Inject
    private StaffDirectory directory;

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private Event<StatutoryPlanChanged> planChanged;

    @Inject
    private InvolvementEvents events;

    private final Clock clock = Clock.systemUTC();

    /** Every involvement and placement episode of the child, oldest first. */
    public List<InvolvementView> list(long personId) {
        records.require(personId, VIEW);
        List<InvolvementView> all = views.allOf(personId, today());
        audit.success(VIEW, RECORD_TYPE, Long.toString(personId), "involvements listed: " + all.size());
        return all;
    }

    /** One involvement or episode of the child; another child's id answers as an unknown one. */
    public InvolvementView find(long personId, InvolvementKind kind, long id) {
        records.require(personId, VIEW);
        InvolvementView view;
        if (kind == InvolvementKind.PLACEMENT_EPISODE) {
            view = views.of(episodeOf(personId, id));
        } else {
            Involvement involvement = involvementOf(personId, kind, id);
            view = views.of(involvement, repository.ofPerson(personId), today());
        }
        audit.success(VIEW, RECORD_TYPE, Long.toString(personId), detail(kind, id));
        return view;
    }

    /** Referrals of the child, latest first, for forms that ask which one an assessment or plan follows. */
    public List<InvolvementView> referralsOf(long personId) {
        return ofKind(personId, InvolvementKind.REFERRAL);
    }

    /** Looked-after periods of the child, latest first, for the placement episode form. */
    public List<InvolvementView> periodsOf(long personId) {
        return ofKind(personId, InvolvementKind.LOOKED_AFTER);
    }

    private List<InvolvementView> ofKind(long personId, InvolvementKind kind) {
        records.require(personId, VIEW);
        List<Involvement> all = repository.ofPerson(personId);
        return all.stream().filter(i -> i.getKind() == kind)
                .sorted(Comparator.comparing(Involvement::getStartDate).reversed())
                .map(i -> views.of(i, all, today())).toList();
    }

    /**
     * A blank form for a new involvement of the kind, with today's date and the open referral or
     * period it most likely belongs to.
     */
    public InvolvementForm newForm(long personId, InvolvementKind kind) {
        requireToRecord(personId, kind, VIEW);
        InvolvementForm form = new InvolvementForm();
        form.setKind(kind.getSlug());
        form.setStartDate(today());
        List<Involvement> all = repository.ofPerson(personId);
        if (kind.mayHaveReferral()) {
            latestOpen(all, InvolvementKind.REFERRAL).ifPresent(r -> form.setReferralId(r.getId()));
        }
        if (kind == InvolvementKind.PLACEMENT_EPISODE) {
            latestOpen(all, InvolvementKind.LOOKED_AFTER).ifPresent(p -> form.setPeriodId(p.getId()));
        }
        audit.success(VIEW, RECORD_TYPE, Long.toString(personId), "form for a new " + kind.name());
        return form;
    }

    /** Whether the signed-in user may open the child's record page (a contact alone opens no case). */
    public boolean mayOpenRecord(long personId) {
        return records.mayAccess(personId);
    }

    private static Optional<Involvement> latestOpen(List<Involvement> all, InvolvementKind kind) {
        return all.stream().filter(i -> i.getKind() == kind && i.getEndDate() == null)
                .max(Comparator.comparing(Involvement::getStartDate));
    }

    private void requireToRecord(long personId, InvolvementKind kind, String action) {
        boolean frontDoor = (kind == InvolvementKind.CONTACT || kind == InvolvementKind.REFERRAL)
                && access.has(RECORDS) && repository.personExists(personId) && !repository.hasOpenCase(personId);
        if (!frontDoor) {
            records.require(personId, action);
        }
    }

    public InvolvementView record(long personId, InvolvementForm form) {
        InvolvementKind kind = kindOf(form);
        String action = kind.name() + "_CREATE";
        requireToRecord(personId, kind, action);
        String by = username();
        Instant now = clock.instant();
        InvolvementView view;
        if (kind == InvolvementKind.PLACEMENT_EPISODE) {
            PlacementEpisode episode = new PlacementEpisode(form.getPeriodId() == null ? -1 : form.getPeriodId(),
                    personId, form.getStartDate(), by, now);
            applyEpisode(episode, form);
            Involvement period = lockedPeriod(form.getPeriodId());
            reject(InvolvementRules.checkEpisode(episode, period, repository.episodesOf(episode.getPeriodId()), today()));
            repository.add(episode);
            repository.flush();
            view = views.of(episode);
            audit.success(action, RECORD_TYPE, Long.toString(personId), detail(kind, episode.getId()));
        } else {
            Involvement involvement = new Involvement(personId, kind, form.getStartDate(), by, now);
            apply(involvement, form);
            reject(InvolvementRules.check(involvement, referralNamed(involvement), today()));
            involvement.setCaseFileId(repository.openCaseId(personId)
                    .orElseGet(() -> kind == InvolvementKind.REFERRAL ? openCase(personId, involvement, by) : null));
            repository.add(involvement);
            repository.flush();
            view = views.of(involvement, repository.ofPerson(personId), today());
            audit.success(action, RECORD_TYPE, Long.toString(personId), detail(kind, involvement.getId()));
            announcePlan(personId, kind);
            events.recorded(involvement);
        }
        return view;
    }

    public InvolvementView update(long personId, InvolvementKind kind, long id, InvolvementForm form) {
        records.require(personId, UPDATE);
        InvolvementKind sent = form.getKind() == null ? kind : kindOf(form);
        if (sent != kind) {
            throw new InvolvementRuleException("kind", "The kind of an involvement cannot change.");
        }
        if (form.getVersion() == null) {
            throw new InvolvementRuleException("version", "Send the version you read, so that no one's change is lost.");
        }
        String by = username();
        Instant now = clock.instant();
        InvolvementView view;
        if (kind == InvolvementKind.PLACEMENT_EPISODE) {
            PlacementEpisode episode = episodeOf(personId, id);
            if (episode.getVersion() != form.getVersion()) {
                throw new EditConflictException(changedBy(episode.getUpdatedBy(), episode.getRecordedBy()),
                        changedAt(episode.getUpdatedAt(), episode.getRecordedAt()), episode.getVersion());
            }
            Involvement period = lockedPeriod(episode.getPeriodId());
            // Read before the change: a query after it would flush the unchecked values (a distance the
            // column cannot hold) before the rules could refuse them.
            List<PlacementEpisode> siblings = new ArrayList<>(repository.episodesOf(episode.getPeriodId()));
            siblings.removeIf(s -> s.getId().equals(episode.getId()));
            episode.setStartDate(form.getStartDate());
            applyEpisode(episode, form);
            reject(InvolvementRules.checkEpisode(episode, period, siblings, today()));
            episode.touched(by, now);
            repository.flush();
            view = views.of(episode);
        } else {
            Involvement involvement = involvementOf(personId, kind, id);
            if (involvement.getVersion() != form.getVersion()) {
                throw new EditConflictException(changedBy(involvement.getUpdatedBy(), involvement.getRecordedBy()),
                        changedAt(involvement.getUpdatedAt(), involvement.getRecordedAt()), involvement.getVersion());
            }
            boolean wasEnded = involvement.getEndDate() != null;
            involvement.setStartDate(form.getStartDate());
            apply(involvement, form);
            List<RuleViolation> errors = new ArrayList<>(
                    InvolvementRules.check(involvement, referralNamed(involvement), today()));
            errors.addAll(InvolvementRules.checkNoFurtherAction(involvement, repository.ofPerson(personId)));
            if (kind == InvolvementKind.LOOKED_AFTER) {
                errors.addAll(closeEpisodes(involvement, form.getReasonCeased(), by, now));
            }
            reject(errors);
            involvement.touched(by, now);
            repository.flush();
            events.updated(involvement, wasEnded);
            view = views.of(involvement, repository.ofPerson(personId), today());
        }
        audit.success(UPDATE, RECORD_TYPE, Long.toString(personId), detail(kind, id));
        announcePlan(personId, kind);
        return view;
    }

    /**
     * Keeps a period's episodes inside it: none may start before it, and when the period ends its
     * open episode ends the same day with the reason given (none may run on past the end).
     */
    private List<RuleViolation> closeEpisodes(Involvement period, String reasonCeased, String by, Instant now) {
        List<RuleViolation> errors = new ArrayList<>();
        List<PlacementEpisode> episodes = repository.episodesOf(period.getId());
        if (period.getStartDate() != null && episodes.stream().anyMatch(e -> e.getStartDate().isBefore(period.getStartDate()))) {
            errors.add(new RuleViolation("startDate", "An episode starts before this date; change that episode first."));
        }
        LocalDate end = period.getEndDate();
        if (end == null) {
            return errors;
        }
        for (PlacementEpisode e : episodes) {
            if (e.getStartDate().isAfter(end) || (e.getEndDate() != null && e.getEndDate().isAfter(end))) {
                errors.add(new RuleViolation("endDate", "The episode from " + e.getStartDate()
                        + " runs past this date; change that episode first."));
            } else if (e.getEndDate() == null) {
                if (reasonCeased == null || reasonCeased.isBlank()) {
                    errors.add(new RuleViolation("reasonCeased", "Give the reason the current placement episode ceased."));
                } else if (!DfeCodes.REASON_EPISODE_CEASED.contains(reasonCeased)) {
                    errors.add(new RuleViolation("reasonCeased", "'" + reasonCeased + "' is not a code of REC."));
                } else {
                    e.setEndDate(end);
                    e.setReasonCeased(reasonCeased);
                    e.touched(by, now);
                }
            }
        }
        return errors;
    }

    /** Opens a case for the referral, allocated to the member of staff who recorded it, in their service area. */
    private Long openCase(long personId, Involvement referral, String by) {
        StaffUser worker = directory.findByUsername(by)
                .orElseThrow(() -> new IllegalStateException("No staff account for " + by));
        ServiceArea area = worker.getServiceAreas().stream().min(Comparator.comparing(ServiceArea::getName))
                .orElseThrow(() -> new InvolvementRuleException("kind",
                        "You belong to no service area, so a case cannot be opened and allocated to you."));
        String summary = "Referral: " + DfeCodes.REFERRAL_SOURCE.describe(referral.getSourceCode()).orElse("received");
        CaseFile caseFile = caseload.openAndAllocate(em.find(Person.class, personId), referral.getStartDate(), summary,
                worker, area);
        em.flush();
        audit.success("CASE_OPEN", RECORD_TYPE, Long.toString(personId), "case " + caseFile.getId() + " opened by referral");
        return caseFile.getId();
    }

    private static void apply(Involvement i, InvolvementForm f) {
        InvolvementKind kind = i.getKind();
        i.setEndDate(f.getEndDate()); // kept even where the kind has none, so the rules can say so
        i.setReferralId(kind.mayHaveReferral() ? f.getReferralId() : null);
        boolean sourced = kind == InvolvementKind.CONTACT || kind == InvolvementKind.REFERRAL;
        i.setSourceCode(sourced ? trim(f.getSourceCode()) : null);
        boolean referral = kind == InvolvementKind.REFERRAL;
        // A referral's primary need (CIN census), or a period of care's category of need (SSDA903).
        boolean needed = referral || kind == InvolvementKind.LOOKED_AFTER;
        i.setPrimaryNeed(needed ? trim(f.getPrimaryNeed()) : null);
        i.setNfa(referral && Boolean.TRUE.equals(f.getNfa()));
        i.setClosureReason(referral ? trim(f.getClosureReason()) : null);
        boolean assessment = kind == InvolvementKind.ASSESSMENT;
        i.setCompletedOn(assessment ? f.getCompletedOn() : null);
        i.setFactors(assessment ? factors(f.getFactors()) : null);
        boolean s47 = kind == InvolvementKind.SECTION_47;
        i.setOutcomeCode(s47 ? trim(f.getOutcomeCode()) : null);
        i.setIcpcDate(s47 ? f.getIcpcDate() : null);
        boolean cp = kind == InvolvementKind.CP_PLAN;
        i.setCategoryCode(cp ? trim(f.getCategoryCode()) : null);
        String latest = trim(f.getLatestCategoryCode());
        i.setLatestCategoryCode(cp ? (latest != null ? latest : trim(f.getCategoryCode())) : null);
        boolean leaver = kind == InvolvementKind.CARE_LEAVER;
        i.setLeaverStatus(leaver ? trim(f.getLeaverStatus()) : null);
        i.setInTouch(leaver ? trim(f.getInTouch()) : null);
        i.setActivityCode(leaver ? trim(f.getActivityCode()) : null);
        i.setAccommodationCode(leaver ? trim(f.getAccommodationCode()) : null);
        i.setLeadAgency(kind == InvolvementKind.EARLY_HELP ? trim(f.getLeadAgency()) : null);
    }

    private static void applyEpisode(PlacementEpisode e, InvolvementForm f) {
        e.setEndDate(f.getEndDate());
        e.setLegalStatus(trim(f.getLegalStatus()));
        e.setPlacementType(trim(f.getPlacementType()));
        e.setPlacementProvider(trim(f.getPlacementProvider()));
        e.setReasonNewEpisode(trim(f.getReasonNewEpisode()));
        e.setReasonCeased(trim(f.getReasonCeased()));
        e.setReasonPlaceChange(trim(f.getReasonPlaceChange()));
        String postcode = trim(f.getPlacementPostcode());
        e.setPlacementPostcode(postcode == null ? null : postcode.toUpperCase());
        String la = trim(f.getPlacementLocalAuthority());
        e.setPlacementLocalAuthority(la == null ? null : la.toUpperCase(Locale.UK));
        String location = trim(f.getPlacementLocation());
        e.setPlacementLocation(location == null ? null : location.toUpperCase(Locale.UK));
        e.setPlacementDistance(f.getPlacementDistance());
    }

    private Involvement referralNamed(Involvement involvement) {
        return involvement.getReferralId() == null ? null : repository.find(involvement.getReferralId()).orElse(null);
    }

    private Involvement lockedPeriod(Long periodId) {
        return periodId == null ? null : repository.findLocked(periodId).orElse(null);
    }

    private Involvement involvementOf(long personId, InvolvementKind kind, long id) {
        return repository.find(id).filter(i -> i.getPersonId() == personId && i.getKind() == kind)
                .orElseThrow(() -> notOnRecord(personId, "No " + kind.name().toLowerCase() + " " + id + " on this record"));
    }

    private PlacementEpisode episodeOf(long personId, long id) {
        return repository.findEpisode(id).filter(e -> e.getPersonId() == personId)
                .orElseThrow(() -> notOnRecord(personId, "No placement episode " + id + " on this record"));
    }

    /** An id that is not on this child's record is refused as an unknown record is, and audited. */
    private RecordNotFoundException notOnRecord(long personId, String detail) {
        audit.denied("INVOLVEMENT_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), detail);
        return new RecordNotFoundException(personId);
    }

    private static InvolvementKind kindOf(InvolvementForm form) {
        return InvolvementKind.parse(form.getKind()).orElseThrow(() -> new InvolvementRuleException("kind",
                "Say which kind of involvement this is, e.g. referral, assessment or cp-plan."));
    }

    private static void reject(List<RuleViolation> errors) {
        if (!errors.isEmpty()) {
            throw new InvolvementRuleException(errors);
        }
    }

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("Involvements are recorded by a signed-in member of staff");
        }
        return caller.getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String changedBy(String updatedBy, String recordedBy) {
        return updatedBy != null ? updatedBy : recordedBy;
    }

    private static Instant changedAt(Instant updatedAt, Instant recordedAt) {
        return updatedAt != null ? updatedAt : recordedAt;
    }

    private static String detail(InvolvementKind kind, Long id) {
        return kind.name() + " " + id;
    }

    private static String factors(String factors) {
        List<String> codes = InvolvementRules.codes(factors);
        return codes.isEmpty() ? null : String.join(" ", codes);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Plans that set a child's statutory visits, the one that governs first. */
    private static final Map<InvolvementKind, StatutoryPlanChanged.Plan> GOVERNING_PLANS = new LinkedHashMap<>();

    static {
        GOVERNING_PLANS.put(InvolvementKind.LOOKED_AFTER, StatutoryPlanChanged.Plan.CLA);
        GOVERNING_PLANS.put(InvolvementKind.CP_PLAN, StatutoryPlanChanged.Plan.CP);
        GOVERNING_PLANS.put(InvolvementKind.CIN_PLAN, StatutoryPlanChanged.Plan.CIN);
        GOVERNING_PLANS.put(InvolvementKind.EARLY_HELP, StatutoryPlanChanged.Plan.EARLY_HELP);
    }

    /** Tells the rest of core which plan now sets the child's statutory visits, when this kind can change it. */
    private void announcePlan(long personId, InvolvementKind kind) {
        if (!GOVERNING_PLANS.containsKey(kind)) {
            return;
        }
        List<Involvement> open = repository.ofPerson(personId).stream()
                .filter(i -> GOVERNING_PLANS.containsKey(i.getKind()) && i.isOpen()).toList();
        for (Map.Entry<InvolvementKind, StatutoryPlanChanged.Plan> governing : GOVERNING_PLANS.entrySet()) {
            Optional<Involvement> plan = open.stream().filter(i -> i.getKind() == governing.getKey())
                    .max(Comparator.comparing(Involvement::getStartDate));
            if (plan.isPresent()) {
                planChanged.fire(new StatutoryPlanChanged(personId, governing.getValue(), plan.get().getStartDate()));
                return;
            }
        }
        planChanged.fire(new StatutoryPlanChanged(personId, null, null));
    }
}
