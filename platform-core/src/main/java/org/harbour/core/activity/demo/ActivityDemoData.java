package org.harbour.core.activity.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.activity.domain.CaseNote;
import org.harbour.core.activity.domain.Review;
import org.harbour.core.activity.domain.ReviewType;
import org.harbour.core.activity.domain.Supervision;
import org.harbour.core.activity.domain.Visit;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Visits, supervisions, reviews and case notes over the last months for every open demo case,
 * with some visits and supervisions left overdue, so that "My work" and the team view show
 * real-looking due and overdue work.
 */
@ApplicationScoped
public class ActivityDemoData implements DemoDataSeeder {

    private static final int HISTORY_DAYS = 150;
    private static final String[] NOTE_SUBJECTS = {"Phone call with mother", "School liaison", "Health visitor update",
            "Strategy update from police", "Contact arrangements", "Call from grandparent", "GP information received",
            "Home conditions", "Young person called in"};
    private static final String[] NOTE_TEXTS = {"Discussed progress since the last visit; agreed to follow up next week.",
            "School reports attendance has improved this half term; no new concerns raised.",
            "Information shared and recorded; no change to the plan needed.",
            "Arranged the next home visit and confirmed who will attend.",
            "Concerns discussed with the team manager; actions agreed as recorded in supervision."};
    private static final String[] DECISIONS = {"Continue with the current plan; review at the next core group.",
            "Increase visits to weekly until the review conference.", "Refer to the family support service.",
            "Step down to child in need to be considered at the review.", "Request a health assessment."};
    private static final String[] VISIT_NOTES = {"Child seen in the home with their sibling; home conditions adequate.",
            "Child spoke about school and friends; wishes and feelings recorded.",
            "Parent engaged well; discussed the plan's actions and progress.",
            "Visit at school; child seen alone in a quiet room."};

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        Random random = context.random();
        LocalDate today = context.today();
        List<Allocation> open = em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.worker w join fetch a.serviceArea s
                        where a.endedOn is null and c.closedOn is null order by c.id""", Allocation.class)
                .getResultList();
        for (Allocation allocation : open) {
            seedCase(allocation, random, today);
        }
    }

    private void seedCase(Allocation allocation, Random random, LocalDate today) {
        CaseFile caseFile = allocation.getCaseFile();
        String worker = allocation.getWorker().getUsername();
        LocalDate since = later(caseFile.getOpenedOn(), today.minusDays(HISTORY_DAYS));
        VisitType regime = regimeOf(caseFile.getSummary());
        if (regime != null) {
            caseFile.setVisitRegime(regime.name(), caseFile.getOpenedOn());
            seedVisits(caseFile, regime, worker, since, random, today);
        }
        seedSupervisions(caseFile, allocation, worker, since, random, today);
        int notes = 1 + random.nextInt(3);
        for (int i = 0; i < notes; i++) {
            LocalDate on = weekday(between(since, today, random));
            CaseNote note = new CaseNote(caseFile, on, worker, at(on));
            note.setSubject(pick(random, NOTE_SUBJECTS));
            note.setBody(pick(random, NOTE_TEXTS));
            em.persist(note);
        }
        if (regime == VisitType.CP || regime == VisitType.CLA) {
            LocalDate on = weekday(between(since, today.minusDays(10), random));
            Review review = new Review(caseFile, on, worker, at(on));
            review.setReviewType(regime == VisitType.CP ? ReviewType.CP_CONFERENCE : ReviewType.CLA_REVIEW);
            review.setOutcome(regime == VisitType.CP ? "Child protection plan to continue" : "Care plan endorsed");
            em.persist(review);
        }
    }

    /** Visits at about the regime's interval; about a quarter of cases have their last visit long enough ago to be overdue. */
    private void seedVisits(CaseFile caseFile, VisitType regime, String worker, LocalDate since, Random random,
                            LocalDate today) {
        int interval = switch (regime) {
            case CP -> 12;
            case EARLY_HELP -> 24;
            default -> 35;
        };
        boolean overdue = random.nextInt(4) == 0;
        LocalDate last = today.minusDays(overdue ? interval + 10 + random.nextInt(20) : 1 + random.nextInt(interval - 8));
        for (LocalDate on = last; !on.isBefore(since); on = on.minusDays(interval - 3 + random.nextInt(4))) {
            LocalDate day = weekday(on);
            Visit visit = new Visit(caseFile, day, worker, at(day));
            visit.setVisitType(regime);
            boolean seen = random.nextInt(12) != 0 || day.equals(weekday(last));
            visit.setSeen(seen, seen && random.nextBoolean());
            visit.setBody(pick(random, VISIT_NOTES));
            em.persist(visit);
        }
    }

    private void seedSupervisions(CaseFile caseFile, Allocation allocation, String worker, LocalDate since,
                                  Random random, LocalDate today) {
        boolean overdue = random.nextInt(5) == 0;
        LocalDate last = today.minusDays(overdue ? 33 + random.nextInt(20) : 2 + random.nextInt(20));
        for (LocalDate on = last; !on.isBefore(since); on = on.minusDays(26 + random.nextInt(6))) {
            LocalDate day = weekday(on);
            Supervision supervision = new Supervision(caseFile, day, worker, at(day));
            supervision.setSupervisor(supervisorFor(allocation));
            supervision.setBody(pick(random, DECISIONS));
            em.persist(supervision);
        }
    }

    private static String supervisorFor(Allocation allocation) {
        return switch (allocation.getServiceArea().getCode()) {
            case "FAMILY_SAFEGUARDING" -> "Tom Okafor";
            case "CONTINUING_CARE" -> "Raj Patel";
            default -> "Service manager";
        };
    }

    /** The regime the demo case's summary implies; cases of other services have none. */
    static VisitType regimeOf(String summary) {
        String s = summary == null ? "" : summary.toLowerCase(Locale.ROOT);
        if (s.contains("child protection")) {
            return VisitType.CP;
        }
        if (s.contains("child in need")) {
            return VisitType.CIN;
        }
        if (s.contains("looked after")) {
            return VisitType.CLA;
        }
        if (s.contains("early help")) {
            return VisitType.EARLY_HELP;
        }
        return null;
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    private static LocalDate between(LocalDate from, LocalDate to, Random random) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt((int) days));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
