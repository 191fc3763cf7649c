package org.harbour.youthjustice.demo;

import jakarta.persistence.EntityManager;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.board.domain.BoardMeeting;
import org.harbour.youthjustice.board.domain.KpiFigure;
import org.harbour.youthjustice.board.domain.KpiSet;
import org.harbour.youthjustice.board.domain.StatutoryPartner;
import org.harbour.youthjustice.court.domain.BailKind;
import org.harbour.youthjustice.court.domain.BailSupport;
import org.harbour.youthjustice.court.domain.Hearing;
import org.harbour.youthjustice.court.domain.HearingPurpose;
import org.harbour.youthjustice.court.domain.PreSentenceReport;
import org.harbour.youthjustice.measures.domain.Dimension;
import org.harbour.youthjustice.measures.domain.PopulationFigure;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.victim.domain.Victim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo's court work (hearings, pre-sentence reports, bail support), victims, management board
 * meetings and the 10-17 population, so those pages show something real to a newcomer. Written in
 * the passes of {@link YouthJusticeDemoData}: what names another record is queued until that has an id.
 */
final class CourtVictimsBoardDemo {

    private static final String[] COURTS = {"City Youth Court", "Northfield Youth Court"};
    private static final String[] VICTIM_NAMES = {"Alex Morgan", "Sam Taylor", "Jordan Reid", "Chris Evans", "Jamie Clarke",
            "Robin Hall", "Morgan Price", "Casey Ward", "Taylor Brooks", "Riley Shaw"};
    /** A city of about 28,000 children aged 10-17: its shares as the Census 2021 would show a diverse English city. */
    private static final int POPULATION_10_TO_17 = 28_000;

    private final EntityManager em;
    private final Random random;
    private final LocalDate today;
    private final Instant now;
    private final Consumer<Runnable> onceOffencesHaveIds;
    private final Consumer<Runnable> onceHearingsHaveIds;
    private int victims;

    CourtVictimsBoardDemo(EntityManager em, Random random, LocalDate today, Instant now, Consumer<Runnable> onceOffencesHaveIds,
                          Consumer<Runnable> onceHearingsHaveIds) {
        this.em = em;
        this.random = random;
        this.today = today;
        this.now = now;
        this.onceOffencesHaveIds = onceOffencesHaveIds;
        this.onceHearingsHaveIds = onceHearingsHaveIds;
    }

    /**
     * From charge to sentence: a first appearance that asks for a pre-sentence report (filed, the odd
     * one late), bail support between unless remanded, and the sentencing hearing; an order still
     * running is sometimes reviewed at a hearing to come.
     */
    void courtPath(long child, Offence offence, LocalDate charged, LocalDate sentenced, String sentenceLabel, boolean remanded,
                   String manager, int n) {
        LocalDate first = charged.plusDays(1).isAfter(today) ? today : charged.plusDays(1);
        String court = COURTS[n % COURTS.length];
        onceOffencesHaveIds.accept(() -> {
            Hearing appearance = hearing(child, offence.getId(), first, court, HearingPurpose.FIRST_APPEARANCE, manager,
                    "Plea of guilty; adjourned for a pre-sentence report");
            if (sentenced.isAfter(first)) {
                hearing(child, offence.getId(), sentenced, court, HearingPurpose.SENTENCE, manager, "Sentenced: " + sentenceLabel);
            }
            onceHearingsHaveIds.accept(() -> {
                LocalDate due = sentenced.minusDays(2).isBefore(first) ? first : sentenced.minusDays(2);
                PreSentenceReport report = new PreSentenceReport(child, appearance.getId(), first, due, manager, now);
                LocalDate filed = n % 9 == 0 ? due.plusDays(1) : due.minusDays(random.nextInt(3));
                if (!filed.isBefore(first) && !filed.isAfter(today)) {
                    report.file(filed);
                }
                em.persist(report);
            });
            if (n % 3 == 0 && sentenced.isAfter(today.minusMonths(6))) {
                hearing(child, offence.getId(), today.plusDays(1 + n % 27), court, HearingPurpose.REVIEW, manager, null);
            }
        });
        if (!remanded && n % 2 == 0 && sentenced.isAfter(first)) {
            BailSupport bail = new BailSupport(child, n % 4 == 0 ? BailKind.BAIL_SUPERVISION_AND_SUPPORT : BailKind.BAIL_SUPPORT, first,
                    "Curfew 7pm to 7am at home; not to contact the victim", n % 8 == 0, manager, now);
            if (sentenced.isBefore(today)) {
                bail.end(sentenced);
            }
            em.persist(bail);
        }
    }

    /** A hearing to come for Dan Hughes's caseload, with a report asked for today, so his court diary has work in it. */
    void upcoming(long child, Offence offence, String manager, int daysAhead) {
        onceOffencesHaveIds.accept(() -> {
            Hearing hearing = hearing(child, offence.getId(), today.plusDays(daysAhead), COURTS[0], HearingPurpose.SENTENCE, manager, null);
            onceHearingsHaveIds.accept(() -> em.persist(new PreSentenceReport(child, hearing.getId(), today,
                    today.plusDays(Math.max(0, daysAhead - 2)), manager, now)));
        });
    }

    private Hearing hearing(long child, Long offenceId, LocalDate on, String court, HearingPurpose purpose, String manager,
                            String result) {
        Hearing hearing = new Hearing(child, offenceId, on, court, purpose, manager, now);
        if (result != null && !on.isAfter(today)) {
            hearing.heard(result, today);
        }
        em.persist(hearing);
        return hearing;
    }

    /**
     * A victim of the offence, asked for consent about ten days after it; most consent, and the
     * service's contact since follows (not every victim is offered everything).
     */
    void victim(long child, Offence offence, String manager) {
        int v = victims++;
        onceOffencesHaveIds.accept(() -> {
            Victim victim = new Victim(child, offence.getId(), VICTIM_NAMES[v % VICTIM_NAMES.length] + " (demo)",
                    "07700 900" + String.format("%03d", v % 1000), manager, now);
            LocalDate asked = offence.getCommittedOn().plusDays(7 + random.nextInt(7));
            if (!asked.isAfter(today)) {
                boolean consent = random.nextInt(10) < 7;
                victim.contact(consent, asked, consent && random.nextInt(10) < 8, consent && random.nextInt(10) < 7,
                        consent && random.nextInt(10) < 6, consent && random.nextInt(10) < 5);
            }
            em.persist(victim);
        });
    }

    /**
     * The board each quarter for two years (the third Tuesday of January, April, July and October),
     * with the statutory partners mostly there, and the KPIs of the quarter before frozen with it.
     */
    void boardMeetings(List<ModuleIndicator> indicators, String manager) {
        YearMonth month = YearMonth.from(today);
        while ((month.getMonthValue() - 1) % 3 != 0) {
            month = month.minusMonths(1);
        }
        for (int i = 0; i < 8; i++, month = month.minusMonths(3)) {
            LocalDate metOn = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
            if (metOn.isAfter(today)) {
                continue;
            }
            Set<StatutoryPartner> present = EnumSet.allOf(StatutoryPartner.class);
            present.remove(StatutoryPartner.COMMUNITY_SAFETY);
            if (i % 3 == 1) {
                present.remove(StatutoryPartner.values()[random.nextInt(5)]);
            }
            YearMonth[] period = KpiSet.quarter(month.minusMonths(3).atDay(1));
            List<KpiFigure> figures = new ArrayList<>();
            for (ModuleIndicator indicator : indicators) {
                figures.add(KpiSet.figure(indicator.spec().id(), indicator.spec().title(), indicator.spec().unit().name(),
                        indicator.count(period[0], period[1]).values()));
            }
            em.persist(new BoardMeeting(metOn, present, "Chair: Director of Children's Services; Head of Youth Justice; partners' "
                    + "senior leads (demo)", "The board considered the KPI set of " + KpiSet.quarterLabel(period[0].atDay(1))
                    + ", the serious violence plan and the service's education offer (demo minutes).",
                    period[0].atDay(1), period[1].atEndOfMonth(), figures, manager, now));
        }
    }

    /** The 10-17 population of the last five years by each dimension, as an analyst loads it. */
    void population(String analyst) {
        Map<Dimension, Map<String, Double>> shares = Map.of(
                Dimension.ETHNICITY, Map.of("WHITE", 0.70, "ASIAN", 0.12, "BLACK", 0.08, "MIXED", 0.06, "OTHER", 0.04),
                Dimension.SEX, Map.of("F", 0.49, "M", 0.51),
                Dimension.AGE, Map.of("10-14", 0.63, "15-17", 0.37),
                Dimension.LOOKED_AFTER, Map.of("LOOKED_AFTER", 0.009, "NOT_LOOKED_AFTER", 0.991));
        for (int year = today.getYear() - 4; year <= today.getYear(); year++) {
            int total = POPULATION_10_TO_17 + 250 * (year - today.getYear());
            for (Map.Entry<Dimension, Map<String, Double>> d : shares.entrySet()) {
                for (Map.Entry<String, Double> g : d.getValue().entrySet()) {
                    em.persist(new PopulationFigure(year, d.getKey(), g.getKey(), (int) Math.round(total * g.getValue()), analyst, now));
                }
            }
        }
    }
}
