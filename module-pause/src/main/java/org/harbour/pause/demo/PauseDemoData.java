package org.harbour.pause.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoCareHistories;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;
import org.harbour.core.spi.demo.DemoPeople;
import org.harbour.pause.PauseModule;
import org.harbour.pause.programme.domain.Contact;
import org.harbour.pause.programme.domain.ContactKind;
import org.harbour.pause.programme.domain.Contraception;
import org.harbour.pause.programme.domain.ForumDecision;
import org.harbour.pause.programme.domain.FundEntry;
import org.harbour.pause.programme.domain.Goal;
import org.harbour.pause.programme.domain.Outcome;
import org.harbour.pause.programme.domain.OutcomePoint;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.Rating;
import org.harbour.pause.programme.domain.Stage;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;
import org.harbour.pause.programme.infrastructure.WomanRecordRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Forty mothers in the social-care records whose children were removed (siblings together,
 * later-born children, new second removals, a third removal), so that the cohort is computed
 * from the records; twenty of them with Pause at every stage from referral to exit, Maria Costa
 * their practitioner; and the Pause team leader.
 */
@ApplicationScoped
@Transactional
public class PauseDemoData implements DemoDataSeeder {

    static final String PRACTITIONER = "maria.costa";
    static final String TEAM_LEADER = "nadia.hussain";
    private static final String SYSTEM = "system";
    private static final String[] GIVEN = {"Chantelle", "Jade", "Kirsty", "Leanne", "Stacey", "Amber", "Demi", "Shannon",
            "Tasha", "Courtney", "Nadia", "Roxanne", "Toni", "Kayleigh", "Sian", "Aaliyah", "Precious", "Zoe", "Danielle", "Holly"};
    private static final String[] FAMILY = {"Briggs", "Mallory", "Okoro", "Fletcher", "Dunn", "Kowalska", "Price", "Heron",
            "Ashworth", "Bright", "Conway", "Sutcliffe", "Nwosu", "Pollard", "Riley", "Thorne", "Walsh", "Yates", "Quinn", "Lowe"};
    private static final String[] ETHNICITY = {"WBRI", "WBRI", "WBRI", "MWBC", "BAFR", "WOTH", "WIRT", "ABAN"};
    /** The stages of the twenty women with Pause, in the order they are made. */
    private static final Stage[] STAGES = {Stage.INTERVENTION, Stage.INTERVENTION, Stage.INTERVENTION, Stage.INTERVENTION,
            Stage.ENGAGEMENT, Stage.ENGAGEMENT, Stage.EXITED, Stage.EXITED, Stage.EXITED, Stage.CONSENTED, Stage.CONSENTED,
            Stage.OFFERED, Stage.OFFERED, Stage.DECLINED, Stage.REFERRED, Stage.REFERRED, Stage.REFERRED, Stage.NOT_NOW,
            Stage.NOT_NOW, Stage.NOT_SUITABLE};

    @Inject
    private DemoPeople people;

    @Inject
    private DemoCareHistories care;

    @Inject
    private ParticipationRepository participations;

    @Inject
    private WomanRecordRepository records;

    @Override
    public String moduleId() {
        return PauseModule.ID;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Set<String> switchedOnIn() {
        return Set.of(DemoAreas.PAUSE);
    }

    @Override
    public void seed(DemoContext context) {
        people.staffMember(TEAM_LEADER, "Nadia Hussain", "Pause team leader", List.of(Roles.MANAGER), DemoAreas.PAUSE);
        Random random = context.random();
        LocalDate today = context.today();
        List<Long> women = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            women.add(family(context, random, today, i));
        }
        for (int i = 0; i < STAGES.length; i++) {
            participation(women.get(i), STAGES[i], today, i);
        }
    }

    /** How far back the first removal of a demo mother goes, at most (three removals reach two years further). */
    private static final int RECENT_YEARS = 9;

    /** A mother and her children's removals: the pattern turns with the index, the dates with the random source. */
    private long family(DemoContext context, Random random, LocalDate today, int i) {
        LocalDate born = today.minusYears(21 + random.nextInt(17)).minusDays(random.nextInt(365));
        long mother = people.newAdult(context, GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length], born, "F",
                ETHNICITY[i % ETHNICITY.length], DemoAreas.FAMILY_SAFEGUARDING);
        people.makeKnownTo(mother, DemoAreas.PAUSE);
        LocalDate firstBirth = born.plusYears(17 + random.nextInt(3)).plusDays(random.nextInt(200));
        LocalDate firstRemoval = earliest(firstBirth.plusDays(60 + random.nextInt(400)), today.minusYears(2));
        if (firstRemoval.isBefore(today.minusYears(RECENT_YEARS))) {
            // Histories within the last dozen years or so: the records a council migrated, and older years kept
            // clear of demo care for tests that build their own histories there.
            firstRemoval = today.minusYears(RECENT_YEARS).plusDays(random.nextInt(200));
        }
        switch (i % 4) {
            case 0 -> { // a new second removal: a child born after the first removal
                removed(context, mother, firstBirth, firstRemoval, random, true);
                LocalDate later = firstRemoval.plusDays(300 + random.nextInt(200));
                removed(context, mother, later, earliest(later.plusDays(20 + random.nextInt(90)), today.minusDays(10)), random, false);
            }
            case 1 -> { // siblings removed together, then a later-born child
                removed(context, mother, firstBirth, firstRemoval, random, true);
                removed(context, mother, firstBirth.plusDays(400 + random.nextInt(200)), firstRemoval.plusDays(3), random, false);
                LocalDate later = firstRemoval.plusDays(320 + random.nextInt(300));
                removed(context, mother, later, earliest(later.plusDays(30 + random.nextInt(120)), today.minusDays(10)), random, false);
            }
            case 2 -> { // siblings removed together, once
                removed(context, mother, firstBirth, firstRemoval, random, true);
                removed(context, mother, firstBirth.plusDays(500 + random.nextInt(300)), firstRemoval, random, true);
            }
            default -> { // three removals
                removed(context, mother, firstBirth, firstRemoval.minusYears(2), random, true);
                LocalDate second = firstRemoval.minusYears(2).plusDays(300 + random.nextInt(60));
                removed(context, mother, second, second.plusDays(40), random, true);
                LocalDate third = second.plusDays(400 + random.nextInt(200));
                removed(context, mother, third, earliest(third.plusDays(50), today.minusDays(10)), random, false);
            }
        }
        if (i % 5 == 0) { // a child she still cares for, born since
            LocalDate baby = today.minusDays(30 + random.nextInt(300));
            long child = people.newChildBorn(context, baby, DemoAreas.FAMILY_SAFEGUARDING);
            people.relate(mother, child, "MOTHER", baby);
        }
        return mother;
    }

    private void removed(DemoContext context, long mother, LocalDate born, LocalDate careOrderOn, Random random, boolean adopted) {
        LocalDate birth = born.isAfter(careOrderOn) ? careOrderOn.minusDays(1) : born;
        long child = people.newChildBorn(context, birth, DemoAreas.FAMILY_SAFEGUARDING);
        people.relate(mother, child, "MOTHER", birth);
        LocalDate placementOrder = careOrderOn.plusDays(90 + random.nextInt(120));
        boolean placed = adopted && placementOrder.isBefore(context.today());
        LocalDate adoption = placementOrder.plusDays(200 + random.nextInt(200));
        care.removal(child, careOrderOn, placed ? placementOrder : null,
                placed && adoption.isBefore(context.today()) ? adoption : null, random.nextBoolean() ? "E11" : "E12");
    }

    /** Her participation at the stage given, dated back from today so that each step follows the one before. */
    private void participation(long woman, Stage stage, LocalDate today, int i) {
        int monthsIn = switch (stage) {
            case INTERVENTION -> 6 + (i % 4) * 3;
            case ENGAGEMENT -> 2;
            case EXITED -> 22;
            default -> 1;
        };
        LocalDate referred = today.minusMonths(monthsIn).minusDays(30);
        Instant at = Instant.now();
        Participation p = new Participation(woman, referred, "Two children removed; she has asked about support.", SYSTEM, at);
        participations.add(p);
        if (stage == Stage.REFERRED) {
            return;
        }
        LocalDate forum = referred.plusDays(14);
        ForumDecision decision = stage == Stage.NOT_NOW ? ForumDecision.NOT_NOW
                : stage == Stage.NOT_SUITABLE ? ForumDecision.NOT_SUITABLE : ForumDecision.OFFER;
        p.decide(decision, forum, decision == ForumDecision.OFFER ? "Meets the criteria; a good time to engage."
                : decision == ForumDecision.NOT_NOW ? "Currently in crisis housing; revisit in three months."
                : "Lives outside the city; signposted to her own area.");
        if (stage == Stage.NOT_NOW || stage == Stage.NOT_SUITABLE || stage == Stage.OFFERED) {
            return;
        }
        p.answerOffer(stage != Stage.DECLINED, forum.plusDays(7));
        if (stage == Stage.DECLINED || stage == Stage.CONSENTED) {
            return;
        }
        LocalDate allocated = forum.plusDays(14);
        p.allocate(PRACTITIONER, allocated);
        people.openCase(woman, allocated, "Pause programme", PRACTITIONER, DemoAreas.PAUSE);
        records.add(new Goal(p.getId(), "Settled housing of her own", allocated.plusMonths(6), SYSTEM, at));
        records.add(new Contact(p.getId(), allocated.plusDays(3), ContactKind.HOME_VISIT, "First visit; talked about what she wants.", SYSTEM, at));
        records.add(new Contraception(p.getId(), allocated.plusDays(21), i % 3 != 2, i % 3 != 2 ? "LARC (implant)" : null, SYSTEM, at));
        if (stage == Stage.ENGAGEMENT) {
            return;
        }
        LocalDate intervention = allocated.plusWeeks(16);
        p.startIntervention(intervention);
        outcome(p.getId(), OutcomePoint.BASELINE, intervention, Rating.SERIOUS_CONCERNS, 0, at);
        records.add(new FundEntry(p.getId(), intervention.plusDays(10), new BigDecimal("145.00"), "Bus pass and a phone", SYSTEM, at));
        if (stage == Stage.EXITED) {
            outcome(p.getId(), OutcomePoint.MIDPOINT, intervention.plusMonths(9), Rating.SOME_CONCERNS, 0, at);
            LocalDate exit = intervention.plusMonths(18).isBefore(today) ? intervention.plusMonths(18) : today.minusDays(1);
            outcome(p.getId(), OutcomePoint.EXIT, exit, Rating.GOING_WELL, 0, at);
            p.exit(exit, "Completed the programme", "College course in September; keeps in touch with the women's group.");
        }
    }

    private void outcome(long participationId, OutcomePoint point, LocalDate on, Rating rating, int births, Instant at) {
        Outcome o = new Outcome(participationId, point, SYSTEM, at);
        o.assess(on, rating, Rating.SOME_CONCERNS, rating, rating, rating, Rating.SOME_CONCERNS, 0, births);
        records.add(o);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
