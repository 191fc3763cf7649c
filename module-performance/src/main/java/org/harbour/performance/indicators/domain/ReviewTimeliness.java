package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.casedata.ReviewRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Children whose statutory reviews have all been held in time, out of the children on a plan (or
 * looked after) at month end long enough for the first review to have been due. Child protection
 * (Working Together; CIN census): the first review conference within 3 months of the initial
 * conference (the plan's start), then within 6 months of the one before. Looked after (Care Planning
 * Regulations 2010, reg. 33; SSDA903 reviews): the first review within 20 working days of becoming
 * looked after, the second within 3 months of the first, then within 6 months of the one before.
 * A review is in time on its due date; a review not yet held whose due date has passed by the end of
 * the month makes the child late. Reviews are those of the plan or spell of care open at month end.
 */
public final class ReviewTimeliness extends ComputedIndicator<ReviewTimeliness.Rows> {

    /** A plan or a spell of care: whose, from when, to when (null while open). */
    public record Stretch(long personId, LocalDate start, LocalDate end) {
        boolean openAt(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    /** The stretches and the reviews held since the earliest of them began. */
    public record Rows(List<Stretch> stretches, List<ReviewRow> reviews) {
    }

    private enum Of { CHILD_PROTECTION, LOOKED_AFTER }

    private final Of of;
    private final Timescales timescales;

    private ReviewTimeliness(IndicatorDefinition definition, Of of, Timescales timescales) {
        super(definition);
        this.of = of;
        this.timescales = timescales;
    }

    public static ReviewTimeliness childProtection(IndicatorDefinition definition, Timescales timescales) {
        return new ReviewTimeliness(definition, Of.CHILD_PROTECTION, timescales);
    }

    public static ReviewTimeliness lookedAfter(IndicatorDefinition definition, Timescales timescales) {
        return new ReviewTimeliness(definition, Of.LOOKED_AFTER, timescales);
    }

    private String reviewType() {
        return of == Of.CHILD_PROTECTION ? "CP_CONFERENCE" : "CLA_REVIEW";
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        List<Stretch> stretches = new ArrayList<>();
        if (of == Of.CHILD_PROTECTION) {
            for (InvolvementRow plan : queries.involvementsOverlapping("CP_PLAN", window.first().atEndOfMonth(),
                    window.to())) {
                stretches.add(new Stretch(plan.personId(), plan.start(), plan.end()));
            }
        } else {
            for (CareSpells.Spell spell : CareSpells.of(InCareAtMonthEnd.careRows(queries,
                    window.first().atEndOfMonth(), window.to()))) {
                stretches.add(new Stretch(spell.personId(), spell.start(), spell.end()));
            }
        }
        LocalDate earliest = stretches.stream().map(Stretch::start).min(Comparator.naturalOrder())
                .orElse(window.from());
        return List.of(new Rows(stretches, queries.reviews(earliest, window.to())));
    }

    /** The date the first review is due for a plan or spell that began on {@code start}. */
    LocalDate firstDue(LocalDate start) {
        return of == Of.CHILD_PROTECTION ? start.plusMonths(3)
                : timescales.dueDate(start, Timescale.workingDays("First looked-after review", 20));
    }

    /** The date the review after the {@code held}-th (1 for the first) is due. */
    LocalDate nextDue(LocalDate lastHeld, int held) {
        return of == Of.LOOKED_AFTER && held == 1 ? lastHeld.plusMonths(3) : lastHeld.plusMonths(6);
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Map<Long, List<ReviewRow>> reviewsByChild = reads.stream().flatMap(r -> r.reviews().stream())
                .filter(r -> reviewType().equals(r.reviewType()) && !r.held().isAfter(end))
                .collect(Collectors.groupingBy(ReviewRow::personId));
        Map<Long, Stretch> latest = new TreeMap<>();
        reads.stream().flatMap(r -> r.stretches().stream()).filter(s -> s.openAt(end))
                .forEach(s -> latest.merge(s.personId(), s, (a, b) -> a.start().isAfter(b.start()) ? a : b));
        Tally tally = new Tally().expectingDenominator();
        latest.forEach((child, stretch) -> {
            LocalDate due = firstDue(stretch.start());
            if (due.isAfter(end)) {
                return;
            }
            List<ReviewRow> reviews = reviewsByChild.getOrDefault(child, List.of()).stream()
                    .filter(r -> !r.held().isBefore(stretch.start()))
                    .sorted(Comparator.comparing(ReviewRow::held).thenComparingLong(ReviewRow::id)).toList();
            String late = null;
            int held = 0;
            for (ReviewRow review : reviews) {
                if (late == null && review.held().isAfter(due)) {
                    late = "Review due " + due + " held " + review.held();
                }
                held++;
                due = nextDue(review.held(), held);
            }
            if (late == null && end.isAfter(due)) {
                late = "Review due " + due + " not held by month end";
            }
            tally.event(child, (of == Of.CHILD_PROTECTION ? "Child protection plan started " : "Looked after since ")
                            + stretch.start() + ", " + held + " review(s)", reviews.isEmpty() ? null
                            : reviews.get(reviews.size() - 1).held(), due,
                    late == null ? "All reviews in time" : late, late == null, true);
        });
        return tally;
    }
}
