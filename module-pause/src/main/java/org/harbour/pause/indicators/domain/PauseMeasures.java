package org.harbour.pause.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** The module's measures, month by month, from facts read once for the whole range. */
public final class PauseMeasures {

    private PauseMeasures() {
    }

    /** A dated fact about a woman: a consent to contraception, a birth, a removal of one of her children. */
    public record Dated(long personId, LocalDate on) {
    }

    public static Map<YearMonth, IndicatorCount> referred(List<ProgrammeFacts> facts, YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            IndicatorCount.Counter c = IndicatorCount.counter();
            facts.stream().filter(f -> within(f.referredOn(), start, end)).forEach(f -> c.count(f.personId()));
            return c.build();
        });
    }

    public static Map<YearMonth, IndicatorCount> offered(List<ProgrammeFacts> facts, YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            IndicatorCount.Counter c = IndicatorCount.counter();
            facts.stream().filter(f -> f.offered() && within(f.forumOn(), start, end)).forEach(f -> c.count(f.personId()));
            return c.build();
        });
    }

    /** Women in the programme at the month's end. */
    public static Map<YearMonth, IndicatorCount> engaged(List<ProgrammeFacts> facts, YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            IndicatorCount.Counter c = IndicatorCount.counter();
            facts.stream().filter(f -> f.activeOn(end)).forEach(f -> c.count(f.personId()));
            return c.build();
        });
    }

    public static Map<YearMonth, IndicatorCount> completing(List<ProgrammeFacts> facts, YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            IndicatorCount.Counter c = IndicatorCount.counter();
            facts.stream().filter(f -> f.completed() && within(f.exitedOn(), start, end)).forEach(f -> c.count(f.personId()));
            return c.build();
        });
    }

    /** Women in the programme at the month's end per practitioner working with any. */
    public static Map<YearMonth, IndicatorCount> caseloadPerPractitioner(List<ProgrammeFacts> facts, YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            Set<Long> women = new TreeSet<>();
            Set<String> practitioners = new TreeSet<>();
            facts.stream().filter(f -> f.activeOn(end) && f.practitioner() != null).forEach(f -> {
                women.add(f.personId());
                practitioners.add(f.practitioner());
            });
            return new IndicatorCount(women.size(), (long) practitioners.size(), women, Set.of());
        });
    }

    /** Of the women in the programme at the month's end, those who have consented to contraception by then. */
    public static Map<YearMonth, IndicatorCount> contraceptionUptake(List<ProgrammeFacts> facts, List<Dated> consents,
                                                                     YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            IndicatorCount.Counter c = IndicatorCount.counter().expectingDenominator();
            facts.stream().filter(f -> f.activeOn(end)).map(ProgrammeFacts::personId).distinct().forEach(id -> {
                c.outOf(id);
                if (consents.stream().anyMatch(d -> d.personId() == id && !d.on().isAfter(end))) {
                    c.count(id);
                }
            });
            return c.build();
        });
    }

    /** Births or removals in the month to women during or after their programme (from engagement on). */
    public static Map<YearMonth, IndicatorCount> duringOrAfter(List<ProgrammeFacts> facts, List<Dated> events,
                                                               YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            IndicatorCount.Counter c = IndicatorCount.counter();
            events.stream().filter(e -> within(e.on(), start, end))
                    .filter(e -> facts.stream().anyMatch(f -> f.personId() == e.personId() && f.startedBy(e.on())))
                    .forEach(e -> c.count(e.personId()));
            return c.build();
        });
    }

    /**
     * The national evaluation's low estimate of cost avoided in the month, in whole pounds: each
     * woman in the programme at the month's end avoids a twelfth of the yearly saving per woman.
     */
    public static Map<YearMonth, IndicatorCount> costAvoided(List<ProgrammeFacts> facts, BigDecimal yearlySavingPerWoman,
                                                             YearMonth from, YearMonth to) {
        return monthly(from, to, (start, end) -> {
            Set<Long> women = new TreeSet<>();
            facts.stream().filter(f -> f.activeOn(end)).forEach(f -> women.add(f.personId()));
            long pounds = yearlySavingPerWoman.multiply(BigDecimal.valueOf(women.size()))
                    .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
            return new IndicatorCount(pounds, null, women, Set.of());
        });
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    private static Map<YearMonth, IndicatorCount> monthly(YearMonth from, YearMonth to,
                                                          BiFunction<LocalDate, LocalDate, IndicatorCount> month) {
        Objects.requireNonNull(from, "from");
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, month.apply(m.atDay(1), m.atEndOfMonth()));
        }
        return counts;
    }
}
