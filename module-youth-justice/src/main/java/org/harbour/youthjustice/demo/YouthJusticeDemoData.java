package org.harbour.youthjustice.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;
import org.harbour.core.spi.demo.DemoPeople;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.youthjustice.assessment.domain.Assessment;
import org.harbour.youthjustice.assessment.domain.AssessmentRules;
import org.harbour.youthjustice.assessment.domain.AssessmentType;
import org.harbour.youthjustice.assessment.domain.Rating;
import org.harbour.youthjustice.assessment.domain.Ratings;
import org.harbour.youthjustice.atc.domain.AlternativePackage;
import org.harbour.youthjustice.caution.domain.CautionDuty;
import org.harbour.youthjustice.caution.domain.CautionDutyRule;
import org.harbour.youthjustice.court.domain.Breach;
import org.harbour.youthjustice.court.domain.BreachAction;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.domain.OrderKind;
import org.harbour.youthjustice.court.domain.SentenceRules;
import org.harbour.youthjustice.court.domain.YroRequirement;
import org.harbour.youthjustice.custody.domain.CustodyEpisode;
import org.harbour.youthjustice.custody.domain.EstablishmentType;
import org.harbour.youthjustice.custody.domain.ReleaseAccommodation;
import org.harbour.youthjustice.jdmp.domain.JdmpReferral;
import org.harbour.youthjustice.jdmp.domain.PanelDetails;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.domain.OutcomeType;
import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.Completion;
import org.harbour.youthjustice.plan.domain.Intervention;
import org.harbour.youthjustice.plan.domain.InterventionType;
import org.harbour.youthjustice.plan.domain.StatusFacts;
import org.harbour.youthjustice.plan.domain.StatusPoint;
import org.harbour.youthjustice.plan.domain.StatusSubject;
import org.harbour.youthjustice.record.domain.Arrest;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.record.domain.OffenceType;
import org.harbour.youthjustice.record.domain.Remand;
import org.harbour.youthjustice.record.domain.RemandKind;
import org.harbour.youthjustice.record.domain.YjInvolvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Three years of a youth justice service: about 150 children aged 10-17 known to the Youth Justice
 * Service, most diverted (community resolutions, no further action, Outcome 22), some cautioned,
 * some to court, a few remanded and sentenced to custody (one quashed on appeal), some reoffending;
 * Dan Hughes's caseload among them, with panel assessments due. Fast to load: the children are
 * registered first, then the rows are written in four flushes (offences; the outcomes that name
 * them; the panel referrals and court orders that name those; the statuses and custody that name
 * the orders and interventions), since identity ids exist only once written. Assessments, court
 * orders, statuses at the start and end of orders and out-of-court programmes, and custody with
 * resettlement give the YJB's KPIs real figures; hearings, pre-sentence reports, bail support,
 * victims, the board's quarterly meetings and the 10-17 population fill the court diary, the
 * victims' and board's pages and disproportionality ({@link CourtVictimsBoardDemo}).
 */
@ApplicationScoped
public class YouthJusticeDemoData implements DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(YouthJusticeDemoData.class.getName());
    private static final String DAN = "dan.hughes";
    /** One extra demo account only: each costs a password hash at start-up. He holds the cases not Dan's. */
    private static final String SERVICE_MANAGER = "kwame.boateng";
    private static final int OTHER_CHILDREN = 142;
    private static final String PANEL_ATTENDEES = "Out-of-court disposal officer (police); youth justice service officer";
    private static final String YCC_CONDITIONS = "Attend four sessions of victim awareness and write a letter of apology";
    private static final String[] STATIONS = {"Central Police Station", "Northfield Police Station", "Riverside Custody Suite"};

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private DemoPeople people;

    @Inject
    private People index;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Instance<ModuleIndicator> indicators;

    private Map<String, OutcomeType> types;
    private final List<Runnable> onceOffencesHaveIds = new ArrayList<>();
    private final List<Runnable> onceOutcomesHaveIds = new ArrayList<>();
    /** Statuses and custody name the orders and interventions written in the last pass. */
    private final List<Runnable> onceOrdersHaveIds = new ArrayList<>();
    /** Reports name the hearing that asked for them. */
    private final List<Runnable> onceHearingsHaveIds = new ArrayList<>();
    private CourtVictimsBoardDemo extras;
    /** Children cautioned so far in the demo, so a second caution owes its assessment. */
    private final java.util.Set<Long> cautioned = new java.util.HashSet<>();
    /**
     * Breaches and caution duties draw on a generator of their own, so that adding them left the
     * shared demo generator, and so every other module's demo data, as it was.
     */
    private Random dutiesAndBreaches;
    private Random random;
    private LocalDate today;
    private final Instant now = Instant.now();

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        long start = System.nanoTime();
        random = context.random();
        today = context.today();
        onceOffencesHaveIds.clear();
        onceOutcomesHaveIds.clear();
        onceOrdersHaveIds.clear();
        onceHearingsHaveIds.clear();
        cautioned.clear();
        dutiesAndBreaches = new Random(13);
        extras = new CourtVictimsBoardDemo(em, random, today, now, onceOffencesHaveIds::add, onceHearingsHaveIds::add);
        types = em.createQuery("select t from OutcomeType t", OutcomeType.class).getResultList().stream()
                .collect(Collectors.toMap(OutcomeType::getCode, Function.identity()));
        people.staffMember(SERVICE_MANAGER, "Kwame Boateng", "Youth justice service manager", List.of(Roles.MANAGER, Roles.PRACTITIONER),
                DemoAreas.YOUTH_JUSTICE);

        List<LocalDate> births = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < OTHER_CHILDREN; i++) {
            births.add(today.minusYears(10 + random.nextInt(8)).minusDays(random.nextInt(365)));
            others.add(people.newChildBorn(context, births.get(i), DemoAreas.YOUTH_JUSTICE));
        }
        long registered = System.nanoTime();
        List<Long> dans = context.childrenAllocatedIn(DemoAreas.YOUTH_JUSTICE);
        for (int i = 0; i < dans.size(); i++) {
            long child = dans.get(i);
            dansChild(child, index.find(child).map(PersonSummary::dateOfBirth).orElse(today.minusYears(14)), i);
        }
        for (int i = 0; i < OTHER_CHILDREN; i++) {
            history(others.get(i), births.get(i), SERVICE_MANAGER, i);
        }
        em.flush();
        onceOffencesHaveIds.forEach(Runnable::run);
        em.flush();
        onceOutcomesHaveIds.forEach(Runnable::run);
        onceHearingsHaveIds.forEach(Runnable::run);
        em.flush();
        onceOrdersHaveIds.forEach(Runnable::run);
        em.flush();
        extras.population(SERVICE_MANAGER);
        extras.boardMeetings(indicators.stream().filter(i -> moduleId().equals(i.spec().moduleId())).toList(), SERVICE_MANAGER);
        em.flush();
        LOG.info(() -> String.format("Demo youth justice: %d children (staff and %d children registered in %d ms), records written in %d ms",
                OTHER_CHILDREN + dans.size(), OTHER_CHILDREN, (registered - start) / 1_000_000,
                (System.nanoTime() - registered) / 1_000_000));
    }

    /** Dan's children: recent work, with panel assessments due this fortnight (one overdue). */
    private void dansChild(long child, LocalDate dob, int n) {
        LocalDate start = latest(today.minusMonths(4 + n), dob.plusYears(10));
        em.persist(new YjInvolvement(child, start, DAN, DAN, now));
        dansAssessment(child, start, n);
        switch (n % 4) {
            case 0 -> {
                panelPending(child, today.minusWeeks(3), DAN);
                // Charged with an earlier offence: to be sentenced soon, with a report owed to the court.
                Offence charged = offence(child, latest(start, today.minusWeeks(6)), 4, DAN);
                decided(child, charged, latest(start, today.minusWeeks(5)), "CHARGE", DAN);
                extras.upcoming(child, charged, DAN, 6 + n);
                if (n % 8 == 0) {
                    // Proposed to the court as an alternative to custody, reviewed within three months.
                    LocalDate begun = latest(start, today.minusWeeks(4));
                    em.persist(new AlternativePackage(child, begun, "Intensive supervision and surveillance with a curfew (demo)",
                            "Curfew 7pm to 7am; weekly contact with the police officer; exclusion from the town centre (demo)",
                            begun.plusMonths(3).minusDays(1), DAN, now));
                }
            }
            case 1 -> panelPending(child, today.minusDays(4), DAN);
            case 2 -> {
                Offence offence = offence(child, start, 2, DAN);
                if (n % 8 == 6) {
                    // Sentenced to a referral order, warned for a missed appointment and returned to court for a second.
                    dansOrder(child, offence, start, n);
                } else {
                    decided(child, offence, start.plusWeeks(3), "COMMUNITY_RESOLUTION", DAN);
                }
                extras.victim(child, offence, DAN);
            }
            default -> {
                if (n % 8 == 7 && start.minusMonths(8).isAfter(dob.plusYears(10))) {
                    // Cautioned before: this caution is the second, and the assessment it owes is in Dan's work.
                    decided(child, offence(child, start.minusMonths(8), 2, DAN), start.minusMonths(8).plusWeeks(3), "YOUTH_CAUTION", DAN);
                }
                // Every eighth a conditional caution, whose duty to assess is owed in Dan's work whatever came before.
                decided(child, offence(child, start, 3, DAN), start.plusWeeks(3),
                        n % 8 == 3 ? "YOUTH_CONDITIONAL_CAUTION" : "YOUTH_CAUTION", DAN);
                intervention(child, before(start.plusWeeks(3)), DAN);
                panelPending(child, today.minusDays(2), DAN);
            }
        }
    }

    private void dansOrder(long child, Offence offence, LocalDate start, int n) {
        LocalDate charged = start.plusWeeks(2);
        LocalDate sentenced = before(charged.plusWeeks(6));
        decided(child, offence, charged, "CHARGE", DAN);
        outcome(child, offence, "REFERRAL_ORDER", sentenced, DAN, given -> onceOutcomesHaveIds.add(() -> order(child, given, false, DAN, true)));
        extras.courtPath(child, offence, charged, sentenced, "referral order", false, DAN, n);
    }

    /** A path up the ladder over the last three years, most children stopping on the first rungs. */
    private void history(long child, LocalDate dob, String manager, int n) {
        LocalDate earliest = latest(today.minusYears(3), dob.plusYears(10));
        long span = Math.max(1, today.minusMonths(2).toEpochDay() - earliest.toEpochDay());
        LocalDate start = earliest.plusDays(random.nextInt((int) span));
        YjInvolvement involvement = new YjInvolvement(child, start, manager, manager, now);
        em.persist(involvement);
        int path = random.nextInt(100);
        if (path < 15) {
            boolean turnaround = random.nextBoolean();
            outcome(child, null, turnaround ? "TURNAROUND" : "PREVENTION", start, manager);
            assessment(child, turnaround ? AssessmentType.TURNAROUND : AssessmentType.PREVENTION, start, manager, 0);
        } else if (path < 55) {
            String[] diversions = {"COMMUNITY_RESOLUTION", "COMMUNITY_RESOLUTION", "NO_FURTHER_ACTION", "OUTCOME_22"};
            Offence offence = offence(child, start, 1 + random.nextInt(3), manager);
            decided(child, offence, start.plusDays(14 + random.nextInt(20)), diversions[random.nextInt(diversions.length)], manager);
            maybeReoffend(child, offence.getCommittedOn(), manager, 20);
        } else if (path < 78) {
            Offence offence = offence(child, start, 2 + random.nextInt(3), manager);
            LocalDate cautioned = before(start.plusDays(14 + random.nextInt(20)));
            decided(child, offence, cautioned, random.nextInt(4) == 0 ? "YOUTH_CONDITIONAL_CAUTION" : "YOUTH_CAUTION", manager);
            assessment(child, AssessmentType.OUT_OF_COURT, start.plusDays(3), manager, 0);
            intervention(child, cautioned, manager);
            victimMaybe(child, offence, manager);
            maybeReoffend(child, offence.getCommittedOn(), manager, 30);
        } else if (path < 94) {
            Offence offence = offence(child, start, 4 + random.nextInt(3), manager);
            LocalDate charged = start.plusDays(10 + random.nextInt(15));
            decided(child, offence, charged, "CHARGE", manager);
            String[] court = {"REFERRAL_ORDER", "REFERRAL_ORDER", "YOUTH_REHABILITATION_ORDER", "FINE", "CONDITIONAL_DISCHARGE"};
            String sentence = court[random.nextInt(court.length)];
            LocalDate sentenced = before(charged.plusWeeks(6 + random.nextInt(6)));
            outcome(child, offence, sentence, sentenced, manager,
                    given -> onceOutcomesHaveIds.add(() -> order(child, given, false, manager)));
            extras.courtPath(child, offence, charged, sentenced, types.get(sentence).getLabel().toLowerCase(Locale.ROOT), false,
                    manager, n);
            victimMaybe(child, offence, manager);
            assessment(child, AssessmentType.ASSET_PLUS, charged.plusDays(7), manager, 1);
            maybeReoffend(child, offence.getCommittedOn(), manager, 40);
        } else {
            custody(child, start, manager, n);
        }
        if (random.nextInt(3) == 0 && start.isBefore(today.minusYears(1))) {
            involvement.end(start.plusMonths(9));
        }
    }

    /** Serious offending: remanded until sentence, then a detention and training order (the odd one quashed on appeal). */
    private void custody(long child, LocalDate start, String manager, int n) {
        Offence offence = offence(child, start, 6 + random.nextInt(3), manager);
        decided(child, offence, start.plusDays(3), "CHARGE", manager);
        LocalDate sentenced = before(start.plusWeeks(8));
        Remand remand = new Remand(child, n % 2 == 0 ? RemandKind.YOUTH_DETENTION : RemandKind.LOCAL_AUTHORITY, start.plusDays(3),
                manager, now);
        remand.end(sentenced.isAfter(remand.getStartedOn()) ? sentenced : remand.getStartedOn());
        em.persist(remand);
        boolean quashed = n % 7 == 0 && sentenced.plusMonths(2).isBefore(today);
        String sentence = n % 3 == 0 ? "SECTION_250" : "DETENTION_AND_TRAINING_ORDER";
        extras.courtPath(child, offence, start.plusDays(3), sentenced, types.get(sentence).getLabel().toLowerCase(Locale.ROOT), true,
                manager, n);
        extras.victim(child, offence, manager);
        outcome(child, offence, sentence, sentenced, manager,
                dto -> {
                    if (quashed) {
                        dto.quash(sentenced.plusMonths(2));
                    }
                    onceOutcomesHaveIds.add(() -> order(child, dto, quashed, manager));
                });
        assessment(child, AssessmentType.ASSET_PLUS, start.plusDays(5), manager, 2);
    }

    /** Dan's: an AssetPlus under way on every third child (the first overdue), completed and countersigned on the others. */
    private void dansAssessment(long child, LocalDate start, int n) {
        if (n % 3 == 0) {
            LocalDate begun = latest(start, today.minusDays(n == 0 ? 40 : 6));
            em.persist(new Assessment(child, AssessmentType.ASSET_PLUS, DAN, begun,
                    calendar.addWorkingDays(begun, AssessmentRules.COMPLETION_WORKING_DAYS), DAN, now));
            return;
        }
        Assessment a = assessment(child, AssessmentType.ASSET_PLUS, start, DAN, 1);
        if (a != null && a.getCompletedOn() != null && !a.getCompletedOn().isAfter(today.minusDays(2))) {
            a.countersign(a.getCompletedOn().plusDays(2), SERVICE_MANAGER);
        }
    }

    /**
     * A completed assessment begun on the day (when it has passed), rated as the rung suggests
     * ({@code concern} 0 diverted, 1 court, 2 custody); an earlier one is followed by its review.
     */
    private Assessment assessment(long child, AssessmentType type, LocalDate begun, String manager, int concern) {
        if (begun.isAfter(today.minusDays(1))) {
            return null;
        }
        LocalDate completed = before(begun.plusDays(5 + random.nextInt(15)));
        Assessment a = new Assessment(child, type, manager, begun,
                calendar.addWorkingDays(begun, AssessmentRules.COMPLETION_WORKING_DAYS), manager, now);
        Ratings ratings = type.isRatingsRequired() || random.nextBoolean()
                ? new Ratings(rating(concern), rating(concern), rating(concern - 1)) : Ratings.NONE;
        a.complete(completed, ratings, null);
        em.persist(a);
        return a;
    }

    private Rating rating(int concern) {
        int r = Math.max(0, Math.min(3, concern + random.nextInt(3) - 1));
        return Rating.values()[r];
    }

    /** The order an outcome makes, with the child's status at its start and (once ended) its end; custody for a sentence. */
    private void order(long child, Outcome outcome, boolean quashed, String manager) {
        order(child, outcome, quashed, manager, dutiesAndBreaches.nextInt(4) == 0);
    }

    private void order(long child, Outcome outcome, boolean quashed, String manager, boolean breached) {
        OrderKind kind = OrderKind.forOutcomeType(outcome.getType().getCode()).orElse(null);
        if (kind == null) {
            return;
        }
        int months = switch (kind) {
            case REFERRAL_ORDER -> 3 + 3 * random.nextInt(4);
            case YOUTH_REHABILITATION_ORDER -> 6 + 6 * random.nextInt(2);
            case DETENTION_AND_TRAINING_ORDER -> new int[] {4, 6, 8, 12}[random.nextInt(4)];
            default -> 24;
        };
        CourtOrder order = new CourtOrder(child, outcome.getId(), kind, SentenceRules.term(kind, outcome.getOutcomeOn(), months, null),
                months, null, kind == OrderKind.YOUTH_REHABILITATION_ORDER ? EnumSet.of(YroRequirement.SUPERVISION) : null, manager, now);
        em.persist(order);
        if (quashed) {
            return;
        }
        if (breached && !kind.isCustodial()) {
            onceOrdersHaveIds.add(() -> breaches(child, order, manager));
        }
        onceOrdersHaveIds.add(() -> {
            boolean custody = kind.isCustodial();
            status(child, StatusSubject.ORDER, order.getId(), StatusPoint.START, order.getStartsOn(), custody, false, manager);
            if (order.getEndsOn() != null && order.getEndsOn().isBefore(today)) {
                status(child, StatusSubject.ORDER, order.getId(), StatusPoint.END, order.getEndsOn(), custody, true, manager);
            }
            if (custody) {
                custody(child, order, manager);
            }
        });
    }

    /** A missed appointment warned a month in; for one in three a second, a month later, returned to court. */
    private void breaches(long child, CourtOrder order, String manager) {
        LocalDate warned = order.getStartsOn().plusMonths(1);
        LocalDate last = order.getEndsOn() == null || order.getEndsOn().isAfter(today) ? today : order.getEndsOn();
        if (warned.isAfter(last)) {
            return;
        }
        em.persist(new Breach(child, order.getId(), warned, BreachAction.WARNING, "Missed a supervision appointment without good reason (demo)",
                manager, now));
        LocalDate returned = warned.plusMonths(1);
        if (dutiesAndBreaches.nextInt(3) == 0 || DAN.equals(manager)) {
            if (!returned.isAfter(last)) {
                Breach breach = new Breach(child, order.getId(), returned, BreachAction.BREACH_PROCEEDINGS,
                        "A second missed appointment after the warning (demo)", manager, now);
                if (returned.plusWeeks(3).isBefore(today)) {
                    breach.courtDecided("Order to continue, with a fine (demo)");
                }
                em.persist(breach);
            }
        }
    }

    private void custody(long child, CourtOrder order, String manager) {
        EstablishmentType type = EstablishmentType.values()[random.nextInt(EstablishmentType.values().length)];
        String[] names = {"Northgate", "Ashfield", "Hillside"};
        CustodyEpisode episode = new CustodyEpisode(child, order.getId(), type, names[random.nextInt(names.length)] + " "
                + type.getLabel().toLowerCase(java.util.Locale.ROOT), order.getStartsOn(), order.getReleaseOn(), order.getEndsOn(), manager, now);
        LocalDate planned = order.getReleaseOn() == null ? null : order.getReleaseOn().minusWeeks(4);
        if (planned != null && planned.isBefore(today)) {
            ReleaseAccommodation[] homes = ReleaseAccommodation.values();
            episode.plan(latest(planned, order.getStartsOn()), "Education place, health appointments and supervision on licence arranged (demo)",
                    random.nextInt(6) == 0 ? homes[homes.length - 1 - random.nextInt(2)] : homes[random.nextInt(homes.length - 2)]);
            if (order.getReleaseOn().isBefore(today)) {
                episode.release(order.getReleaseOn());
            }
        }
        em.persist(episode);
    }

    /** An out-of-court programme of about three months after a caution, with the child's status at its start and end. */
    private void intervention(long child, LocalDate from, String manager) {
        InterventionType[] kinds = {InterventionType.OFFENDING_BEHAVIOUR, InterventionType.VICTIM_AWARENESS, InterventionType.REPARATION,
                InterventionType.WEAPONS_AWARENESS, InterventionType.MENTORING};
        Intervention intervention = new Intervention(child, kinds[random.nextInt(kinds.length)], from, manager, now);
        LocalDate ended = from.plusMonths(3);
        int offered = 6 + random.nextInt(7);
        if (ended.isBefore(today)) {
            int attended = random.nextInt(5) == 0 ? offered / 2 : offered - random.nextInt(2);
            intervention.progress(offered, attended, ended, attended * 4 >= offered * 3 ? Completion.COMPLETED : Completion.NOT_COMPLETED);
        } else {
            intervention.progress(offered, 0, null, Completion.ONGOING);
        }
        em.persist(intervention);
        onceOrdersHaveIds.add(() -> {
            status(child, StatusSubject.INTERVENTION, intervention.getId(), StatusPoint.START, from, false, false, manager);
            if (intervention.getEndedOn() != null) {
                status(child, StatusSubject.INTERVENTION, intervention.getId(), StatusPoint.END, intervention.getEndedOn(), false, true, manager);
            }
        });
    }

    /**
     * The child's circumstances as the KPIs read them: most suitably housed and in education,
     * rather fewer after custody; needs identified for a third or so, most offered help by the end.
     */
    private void status(long child, StatusSubject subject, long subjectId, StatusPoint point, LocalDate on, boolean custody,
                        boolean end, String manager) {
        boolean neet = random.nextInt(100) < (custody ? 40 : 25) - (end ? 8 : 0);
        int offered = neet ? random.nextInt(6) : 15 + random.nextInt(11);
        int attended = neet ? 0 : offered - random.nextInt(Math.min(offered, 8) + 1);
        boolean sendNeed = random.nextInt(100) < 35;
        boolean mhNeed = random.nextInt(100) < 40;
        boolean mhOffered = mhNeed && random.nextInt(100) < (end ? 80 : 40);
        boolean smNeed = random.nextInt(100) < 30;
        boolean smOffered = smNeed && random.nextInt(100) < (end ? 75 : 35);
        StatusFacts facts = new StatusFacts(random.nextInt(100) < (custody ? 75 : 90), offered, attended, neet,
                sendNeed, sendNeed && random.nextInt(100) < 70, mhNeed, mhOffered, mhOffered && random.nextInt(100) < 75,
                smNeed, smOffered, smOffered && random.nextInt(100) < 70);
        em.persist(new ChildStatus(child, subject, subjectId, point, before(on), facts, manager, now));
    }

    private void maybeReoffend(long child, LocalDate after, String manager, int percent) {
        if (random.nextInt(100) >= percent) {
            return;
        }
        LocalDate again = after.plusDays(30 + random.nextInt(330));
        if (again.isAfter(today.minusWeeks(6))) {
            return;
        }
        Offence offence = offence(child, again, 2 + random.nextInt(4), manager);
        decided(child, offence, again.plusDays(14 + random.nextInt(14)), random.nextBoolean() ? "YOUTH_CAUTION" : "CHARGE", manager);
    }

    private void panelPending(long child, LocalDate referredOn, String manager) {
        Offence offence = offence(child, referredOn.minusDays(3), 2 + random.nextInt(2), manager);
        onceOffencesHaveIds.add(() -> em.persist(new JdmpReferral(child, offence.getId(), referredOn,
                calendar.addWorkingDays(referredOn, JdmpReferral.ASSESSMENT_WORKING_DAYS), manager, now)));
    }

    private void decided(long child, Offence offence, LocalDate on, String decision, String manager) {
        LocalDate decidedOn = before(on);
        LocalDate referredOn = latest(offence.getCommittedOn(), decidedOn.minusDays(12));
        String duty = cautionDuty(child, decision);
        outcome(child, offence, decision, decidedOn, manager, outcome -> onceOutcomesHaveIds.add(() -> {
            if (duty != null) {
                owed(child, outcome, duty, manager);
            }
            JdmpReferral referral = new JdmpReferral(child, offence.getId(), referredOn,
                    calendar.addWorkingDays(referredOn, JdmpReferral.ASSESSMENT_WORKING_DAYS), manager, now);
            referral.assessed(before(referredOn.plusDays(7)));
            boolean conditional = "YOUTH_CONDITIONAL_CAUTION".equals(decision);
            referral.decide(decision, decidedOn, outcome.getId(), new PanelDetails(PANEL_ATTENDEES, null,
                    conditional ? YCC_CONDITIONS : null, conditional ? decidedOn.plusWeeks(12) : null), offence.getGravity());
            em.persist(referral);
        }));
    }

    /** The duty a caution owes: after any conditional caution, and after a second youth caution. */
    private String cautionDuty(long child, String decision) {
        if ("YOUTH_CONDITIONAL_CAUTION".equals(decision)) {
            cautioned.add(child);
            return "Youth conditional caution";
        }
        if ("YOUTH_CAUTION".equals(decision)) {
            return cautioned.add(child) ? null : "Second youth caution";
        }
        return null;
    }

    /** The duty arises on the caution; met within about a fortnight once that has passed, else owed. */
    private void owed(long child, Outcome caution, String reason, String manager) {
        LocalDate on = caution.getOutcomeOn();
        CautionDuty duty = new CautionDuty(child, caution.getId(), reason, on,
                calendar.addWorkingDays(on, CautionDutyRule.ASSESSMENT_WORKING_DAYS), manager, now);
        LocalDate assessed = on.plusDays(7 + dutiesAndBreaches.nextInt(10));
        if (!DAN.equals(manager) && assessed.isBefore(today)) {
            duty.met(assessed, "Offending behaviour programme with a mentor (demo)");
        }
        em.persist(duty);
    }

    private Offence offence(long child, LocalDate on, int gravity, String manager) {
        OffenceType[] all = OffenceType.values();
        OffenceType type = all[random.nextInt(all.length)];
        Offence offence = new Offence(child, on, type, Math.min(8, gravity), gravity >= 6 && random.nextBoolean(),
                type.getLabel() + " (demo)", manager, now);
        em.persist(offence);
        // About half the children were arrested; the others were interviewed voluntarily.
        if (random.nextBoolean()) {
            em.persist(new Arrest(child, on, on.plusDays(random.nextInt(5) == 0 ? 1 : 0), false,
                    STATIONS[random.nextInt(STATIONS.length)], manager, now));
        }
        return offence;
    }

    private void outcome(long child, Offence offence, String code, LocalDate on, String manager) {
        outcome(child, offence, code, on, manager, outcome -> { });
    }

    /** The outcome is written once its offence has an id; {@code then} receives it before it has one of its own. */
    private void outcome(long child, Offence offence, String code, LocalDate on, String manager, Consumer<Outcome> then) {
        onceOffencesHaveIds.add(() -> {
            Outcome outcome = new Outcome(child, offence == null ? null : offence.getId(), types.get(code), before(on), null,
                    manager, now);
            em.persist(outcome);
            then.accept(outcome);
        });
    }

    /** About half the offences that went beyond diversion had a victim the service contacted. */
    private void victimMaybe(long child, Offence offence, String manager) {
        if (random.nextBoolean()) {
            extras.victim(child, offence, manager);
        }
    }

    private LocalDate before(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
