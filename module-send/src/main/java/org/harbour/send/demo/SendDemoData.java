package org.harbour.send.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;
import org.harbour.core.spi.demo.DemoPeople;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.send.assessment.domain.AdviceKind;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestSource;
import org.harbour.send.learner.domain.LearnerNumbers;
import org.harbour.send.learner.domain.SendLearner;
import org.harbour.send.learner.domain.UpnUnknownReason;
import org.harbour.send.plan.domain.CeaseReason;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.PlanSection;
import org.harbour.send.plan.domain.SenType;
import org.harbour.send.plan.domain.TransportMode;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.register.domain.SettingType;
import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.review.domain.ReviewDecision;
import org.harbour.send.timescale.domain.EhcTimescales;
import org.harbour.send.timescale.domain.ExceptionGround;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Three years of SEND for about 400 children and young people known to the SEND Team: requests
 * at every stage, plans issued in and after 20 weeks (about half on time, as in England), some
 * late plans explained by exceptions, about 60 placements out of the city, annual reviews and
 * ceased plans; and Grace Lee's open caseload at every week of the 20. Built in memory and
 * written with two flushes, so the portal's first start stays quick.
 */
@ApplicationScoped
public class SendDemoData implements DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(SendDemoData.class.getName());
    static final String GRACE = "grace.lee";
    /** The SEND team manager, who oversees the officers' caseloads. */
    static final String MANAGER = "hannah.wright";
    private static final String[] OFFICERS = {"nadia.khan", "owen.price", GRACE};
    private static final int CHILDREN = 400;
    private static final int PEOPLE_PER_FLUSH = 50;
    private static final int DAYS_OF_HISTORY = 3 * 365;
    /** The DfE code the module's SEN2 header carries until the council sets its own. */
    private static final int DEMO_LA_CODE = 999;
    /** DfE codes of other authorities that plans come from and go to when families move. */
    private static final String[] NEIGHBOURS = {"330", "331", "332", "333", "334"};
    /** Demo UPNs use establishment numbers from here on, clear of the real ones a school would give. */
    private static final int DEMO_ESTABLISHMENTS = 7000;
    private static final int SCHOOL_STARTING_AGE = 4;
    private static final int POST_16 = 16;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private DemoPeople people;

    @Inject
    private People index;

    @Override
    public String moduleId() {
        return "send";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public Set<String> switchedOnIn() {
        return Set.of(DemoAreas.SEND_TEAM, DemoAreas.PERFORMANCE);
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate today = context.today();
        Random random = context.random();
        people.staffMember("nadia.khan", "Nadia Khan", "SEND case officer", List.of(Roles.PRACTITIONER), DemoAreas.SEND_TEAM);
        people.staffMember("owen.price", "Owen Price", "SEND case officer", List.of(Roles.PRACTITIONER), DemoAreas.SEND_TEAM);
        people.staffMember(MANAGER, "Hannah Wright", "SEND team manager", List.of(Roles.MANAGER), DemoAreas.SEND_TEAM);

        List<Story> stories = new ArrayList<>();
        List<Long> graces = context.childrenAllocatedIn(DemoAreas.SEND_TEAM);
        int[] graceWeeks = {2, 5, 8, 12, 17, 18, 19, 22};
        for (int i = 0; i < graces.size(); i++) {
            stories.add(Story.open(graces.get(i), today.minusWeeks(graceWeeks[i % graceWeeks.length]).minusDays(1), GRACE, today, random));
            learnerNumbers(graces.get(i), today, now);
        }
        for (int i = 0; i < CHILDREN; i++) {
            long child = people.newChild(context, 1, 24, DemoAreas.SEND_TEAM);
            LocalDate received = today.minusDays(random.nextInt(DAYS_OF_HISTORY));
            stories.add(Story.history(child, received, OFFICERS[i % OFFICERS.length], today, random));
            learnerNumbers(child, today, now);
            if (i % PEOPLE_PER_FLUSH == PEOPLE_PER_FLUSH - 1) {
                // Each new person is flushed for its id: a context kept small keeps those flushes cheap.
                em.flush();
                em.clear();
            }
        }
        List<EducationSetting> inCity = new ArrayList<>();
        List<EducationSetting> outOfCity = new ArrayList<>();
        settings(inCity, outOfCity, now);

        long childrenMade = System.nanoTime();
        // Plans first, so that the requests can name them after one flush.
        for (Story s : stories) {
            if (s.draftOn != null) {
                s.plan = plan(s, outOfCity.isEmpty() || random.nextInt(100) >= 20 ? pick(inCity, random) : pick(outOfCity, random),
                        random, now);
                em.persist(s.plan);
            }
        }
        em.flush();
        for (Story s : stories) {
            em.persist(request(s, random, now));
            if (s.plan != null && s.plan.isActive()) {
                reviews(s.plan, today, random, now);
            }
        }
        em.flush();
        LOG.info(() -> "SEND demo: " + stories.size() + " requests, " + stories.stream().filter(s -> s.plan != null).count()
                + " plans, in " + (System.nanoTime() - started) / 1_000_000 + " ms (people "
                + (childrenMade - started) / 1_000_000 + " ms)");
    }

    /**
     * The numbers SEN2 carries, valid by the DfE's checks: a UPN for every child who has started
     * school (made from the person id, so unique), a unique learner number from 16, and for a
     * child not yet at school the reason there is no UPN.
     */
    private void learnerNumbers(long child, LocalDate today, Instant now) {
        PersonSummary person = index.find(child).orElse(null);
        if (person == null || person.dateOfBirth() == null) {
            return;
        }
        int age = person.ageOn(today);
        if (age < SCHOOL_STARTING_AGE) {
            SendLearner learner = new SendLearner(child, "system", now);
            learner.record(null, UpnUnknownReason.UN6, false);
            em.persist(learner);
            return;
        }
        people.recordUpn(child, LearnerNumbers.upn(DEMO_LA_CODE, DEMO_ESTABLISHMENTS + (int) (child / 1000 % 2000),
                person.dateOfBirth().getYear() + SCHOOL_STARTING_AGE, (int) (child % 1000)));
        if (age >= POST_16) {
            SendLearner learner = new SendLearner(child, "system", now);
            learner.record(uln(child), null, true);
            em.persist(learner);
        }
    }

    /** A valid ULN made from the person id: nine digits led by 5, then the check digit (one lead on when none fits). */
    private static String uln(long child) {
        for (int lead = 5; ; lead = lead % 9 + 1) {
            String nine = lead + String.format("%08d", child % 100_000_000);
            int check = LearnerNumbers.ulnCheckDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    /** What happens to one request, decided before anything is written. */
    private static final class Story {
        long child;
        LocalDate received;
        String officer;
        RequestSource source;
        LocalDate decidedOn;
        boolean assess = true;
        LocalDate draftOn;
        LocalDate finalOn;
        LocalDate notIssuedOn;
        boolean exception;
        EhcPlan plan;

        static Story open(long child, LocalDate received, String officer, LocalDate today, Random random) {
            Story s = new Story();
            s.child = child;
            s.received = received;
            s.officer = officer;
            s.source = RequestSource.values()[random.nextInt(4)];
            long weeks = (today.toEpochDay() - received.toEpochDay()) / 7;
            if (weeks >= 5) {
                s.decidedOn = received.plusWeeks(5);
            }
            if (weeks >= 18 && weeks < 20) {
                s.draftOn = received.plusWeeks(17);
            }
            return s;
        }

        static Story history(long child, LocalDate received, String officer, LocalDate today, Random random) {
            Story s = new Story();
            s.child = child;
            s.received = received;
            s.officer = officer;
            s.source = RequestSource.values()[random.nextInt(RequestSource.values().length - 1)];
            long days = today.toEpochDay() - received.toEpochDay();
            int roll = random.nextInt(100);
            LocalDate decided = received.plusDays(24 + random.nextInt(22));
            if (decided.isAfter(today)) {
                return s;
            }
            s.decidedOn = decided;
            if (roll < 12) {
                s.assess = false;
                return s;
            }
            if (days < 20 * 7 || roll < 18 && days < 30 * 7) {
                if (days > 15 * 7) {
                    s.draftOn = received.plusWeeks(15);
                }
                return s;
            }
            if (roll < 23) {
                s.notIssuedOn = received.plusWeeks(14 + random.nextInt(3));
                return s;
            }
            boolean onTime = random.nextInt(100) < 50;
            s.finalOn = onTime ? received.plusDays(16 * 7 + random.nextInt(4 * 7 + 1))
                    : received.plusDays(20 * 7 + 1 + random.nextInt(10 * 7));
            if (s.finalOn.isAfter(today)) {
                s.finalOn = null;
                return s;
            }
            s.draftOn = s.finalOn.minusDays(EhcTimescales.FAMILY_COMMENT_DAYS + 1 + random.nextInt(10));
            s.exception = !onTime && random.nextInt(100) < 25;
            return s;
        }
    }

    private EhcPlan plan(Story s, EducationSetting setting, Random random, Instant now) {
        EhcPlan plan = new EhcPlan(s.child, s.draftOn, s.officer, now);
        plan.writeSection(PlanSection.A, "Enjoys music and swimming; wants to make friends and stay at a local school.");
        plan.writeSection(PlanSection.B, "Needs described in the educational psychologist's advice.");
        plan.writeSection(PlanSection.E, "By the end of the key stage: communicates needs and joins in group work.");
        plan.writeSection(PlanSection.F, "Small-group teaching daily; speech and language therapy each half term.");
        SenType[] types = SenType.values();
        SenType primary = types[random.nextInt(types.length)];
        SenType secondary = types[(primary.ordinal() + 1 + random.nextInt(types.length - 1)) % types.length];
        plan.rankNeeds(random.nextBoolean() ? List.of(primary) : List.of(primary, secondary));
        plan.issueDraft(s.draftOn, s.officer);
        if (s.finalOn != null) {
            plan.nameSetting(setting, !setting.isInCity() && random.nextInt(4) == 0);
            plan.issueFinal(s.finalOn, s.officer);
            budgetAndTransport(plan, new Random(s.child));
            Random own = new Random(s.child * 7 + 3);
            if (own.nextInt(25) == 0) {
                // A plan that came with a family moving here starts here on the day it was transferred.
                plan.transferredIn(NEIGHBOURS[own.nextInt(NEIGHBOURS.length)], s.finalOn, s.finalOn);
            }
        }
        return plan;
    }

    /**
     * About one plan in seven with a personal budget and a third with transport, drawn from the
     * child's own sequence so the rest of the demo stays as it was.
     */
    private static void budgetAndTransport(EhcPlan plan, Random own) {
        if (own.nextInt(7) == 0) {
            int kind = own.nextInt(3);
            plan.arrangePersonalBudget(kind == 1 ? null : BigDecimal.valueOf(600 + own.nextInt(30) * 100L),
                    kind == 0 ? null : BigDecimal.valueOf(300 + own.nextInt(40) * 50L));
        }
        if (own.nextInt(3) == 0) {
            TransportMode[] modes = {TransportMode.FLEET, TransportMode.TAXI, TransportMode.TAXI, TransportMode.PUBLIC_TRANSPORT_PASS,
                    TransportMode.TRAVEL_TRAINING, TransportMode.PERSONAL_TRANSPORT_BUDGET};
            TransportMode mode = modes[own.nextInt(modes.length)];
            long cost = switch (mode) {
                case TAXI -> 6000 + own.nextInt(90) * 100L;
                case FLEET -> 3500 + own.nextInt(30) * 100L;
                case PUBLIC_TRANSPORT_PASS -> 450;
                case TRAVEL_TRAINING -> 1200;
                default -> 1500 + own.nextInt(20) * 100L;
            };
            plan.arrangeTransport(mode, BigDecimal.valueOf(cost));
        }
    }

    private EhcRequest request(Story s, Random random, Instant now) {
        EhcRequest r = new EhcRequest(s.child, s.received, s.source, random.nextInt(200) == 0, s.officer, s.officer, now);
        if (s.decidedOn == null) {
            return r;
        }
        r.decide(s.assess, s.decidedOn, s.assess ? null : "Needs can be met from the resources of the child's school.");
        if (!s.assess) {
            return r;
        }
        LocalDate asked = s.decidedOn;
        r.askForAdvice(AdviceKind.EDUCATION, "Current school SENCo", asked).received(asked.plusWeeks(4));
        r.askForAdvice(AdviceKind.PSYCHOLOGY, "Educational psychology service", asked);
        if (random.nextInt(3) == 0) {
            r.askForAdvice(AdviceKind.HEALTH, "Community paediatrics", asked);
        }
        if (s.draftOn != null) {
            r.getAdvice().forEach(a -> {
                if (a.isOutstanding()) {
                    a.received(a.dueOn().minusDays(random.nextInt(10)));
                }
            });
        }
        if (s.exception) {
            LocalDate from = s.received.plusWeeks(8);
            long late = s.finalOn.toEpochDay() - EhcTimescales.finalPlanDue(s.received).toEpochDay();
            r.recordException(ExceptionGround.values()[2 + random.nextInt(2)], from, from.plusDays(late + 7),
                    "Family away or unable to take part for a time.");
        }
        if (s.notIssuedOn != null) {
            r.notToIssue(s.notIssuedOn, "The assessment found the child's needs can be met without a plan.");
        } else if (s.draftOn != null) {
            r.draftSent(s.draftOn, s.plan.getId());
            if (s.finalOn != null) {
                r.finalIssued(s.finalOn);
            }
        }
        return r;
    }

    private void reviews(EhcPlan plan, LocalDate today, Random random, Instant now) {
        LocalDate due = plan.nextReviewDue();
        while (!due.isAfter(today)) {
            LocalDate meeting = random.nextInt(100) < 85 ? due.minusDays(random.nextInt(30)) : due.plusDays(10 + random.nextInt(50));
            if (meeting.isAfter(today)) {
                return;
            }
            AnnualReview review = new AnnualReview(plan.getId(), plan.getPersonId(), due, meeting, plan.getVersions().get(0).getIssuedBy(), now);
            LocalDate reported = meeting.plusDays(7 + random.nextInt(10));
            LocalDate decided = meeting.plusDays(14 + random.nextInt(20));
            boolean cease = random.nextInt(100) < 8;
            if (!reported.isAfter(today)) {
                review.reportSent(reported);
            }
            Random own = new Random(plan.getId() * 31 + meeting.toEpochDay());
            boolean amend = !cease && own.nextInt(100) < 20;
            if (!decided.isAfter(today)) {
                review.decide(cease ? ReviewDecision.CEASE : amend ? ReviewDecision.AMEND : ReviewDecision.MAINTAIN, decided);
                if (amend) {
                    amendments(plan, review, own, today);
                }
            }
            em.persist(review);
            plan.reviewed(meeting);
            if (cease && review.getDecidedOn() != null) {
                if (random.nextBoolean()) {
                    plan.cease(review.getDecidedOn(), CeaseReason.NEEDS_MET);
                } else {
                    plan.transferredOut(NEIGHBOURS[(int) (plan.getId() % NEIGHBOURS.length)], review.getDecidedOn(), today);
                }
                return;
            }
            due = plan.nextReviewDue();
        }
    }

    /** Proposed amendments a few days after the decision; the amended plan mostly within 12 weeks of the meeting. */
    private static void amendments(EhcPlan plan, AnnualReview review, Random own, LocalDate today) {
        LocalDate proposed = review.getDecidedOn().plusDays(1 + own.nextInt(7));
        if (proposed.isAfter(today)) {
            return;
        }
        review.amendmentsProposed(proposed);
        LocalDate amended = review.familyCommentsUntil().plusDays(own.nextInt(100) < 80 ? own.nextInt(30) : 40 + own.nextInt(30));
        if (!amended.isAfter(today)) {
            review.amendedPlanIssued(amended);
            plan.issueAmended(amended, review.getRecordedBy());
        }
    }

    private void settings(List<EducationSetting> inCity, List<EducationSetting> outOfCity, Instant now) {
        String[][] city = {
                {"Harbour Primary Academy", "MAINSTREAM"}, {"St Anne's CE Primary School", "MAINSTREAM"},
                {"Riverside Academy", "MAINSTREAM"}, {"Northgate High School", "MAINSTREAM"},
                {"Westfield Community School", "MAINSTREAM"}, {"Quayside Primary with Enhanced Resource Base", "RESOURCED_PROVISION"},
                {"Hillcrest Secondary Autism Base", "RESOURCED_PROVISION"}, {"Oakwood Special School", "SPECIAL"},
                {"Meadowbank Special School", "SPECIAL"}, {"Lighthouse Pupil Referral Unit", "ALTERNATIVE_PROVISION"},
                {"Little Harbour Nursery", "EARLY_YEARS"}};
        int urn = 140001;
        for (String[] s : city) {
            inCity.add(setting(s[0], Integer.toString(urn++), null, SettingType.valueOf(s[1]), true, now));
        }
        inCity.add(setting("Harbour City College", null, "10001111", SettingType.FE_COLLEGE, true, now));
        inCity.add(setting("Harbour Sixth Form College", null, "10002222", SettingType.SIXTH_FORM, true, now));
        String[][] away = {
                {"Brambles Independent Special School", "INDEPENDENT_SPECIAL"}, {"Fernhill Residential School", "INDEPENDENT_SPECIAL"},
                {"Coastline Non-Maintained Special School", "INDEPENDENT_SPECIAL"}, {"Eastshire County Special School", "SPECIAL"},
                {"Moorland Academy (neighbouring authority)", "MAINSTREAM"}};
        for (String[] s : away) {
            EducationSetting setting = setting(s[0], Integer.toString(urn++), null, SettingType.valueOf(s[1]), false, now);
            if (s[0].contains("Residential")) {
                setting.offersResidence(52, "system", now);
            }
            outOfCity.add(setting);
        }
        outOfCity.add(setting("Valley Specialist College", null, "10003333", SettingType.FE_COLLEGE, false, now));
    }

    private EducationSetting setting(String name, String urn, String ukprn, SettingType type, boolean inCity, Instant now) {
        EducationSetting s = new EducationSetting(name, urn, ukprn, type, inCity, "system", now);
        s.costPerPlace(costPerPlace(name, type, inCity), "system", now);
        em.persist(s);
        return s;
    }

    /**
     * Typical costs a year of a place (top-up in a mainstream or resourced school; the whole fee at
     * a special or independent school), higher out of the city and highest for a residential school.
     */
    private static BigDecimal costPerPlace(String name, SettingType type, boolean inCity) {
        int pounds = switch (type) {
            case EARLY_YEARS -> 4_500;
            case MAINSTREAM -> inCity ? 6_500 : 8_000;
            case RESOURCED_PROVISION -> 13_000;
            case SPECIAL -> inCity ? 24_000 : 34_000;
            case INDEPENDENT_SPECIAL -> name.contains("Residential") ? 135_000 : 72_000;
            case FE_COLLEGE, SIXTH_FORM -> inCity ? 9_500 : 48_000;
            case ALTERNATIVE_PROVISION -> 19_000;
            default -> 10_000;
        };
        return BigDecimal.valueOf(pounds);
    }

    private static EducationSetting pick(List<EducationSetting> settings, Random random) {
        return settings.get(random.nextInt(settings.size()));
    }
}
