package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SEND measures for one month, counted from the records as they stand when asked (the same
 * counting the scorecard freezes at month end), and the children behind a figure: those within the
 * user's reach by name, the others only as a number. Every child named is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Requires(SendPermissions.ACCESS)
public class SendMeasures {

    public static final String VIEW = "SEND_MEASURES_VIEW";

    @Inject
    @Any
    private Instance<ModuleIndicator> indicators;

    @Inject
    private SendAccess access;

    /** A measure's figure in the month. */
    public record Figure(String id, String title, String unit, long numerator, Long denominator, String value) {
    }

    /** A child counted in the month: in the numerator or only in the denominator. */
    public record CountedChild(long personId, String name, boolean inNumerator) {
    }

    /** The children behind a figure: those named, and how many are outside the user's reach. */
    public record Counted(String id, String title, YearMonth month, List<CountedChild> children, int outsideReach) {
    }

    /** The month's figures and when they were worked out. */
    public record Measures(YearMonth month, Instant computedAt, List<Figure> figures) {
    }

    public Measures measures(YearMonth month) {
        access.requirePermission(SendPermissions.ACCESS, VIEW, "module", SendModule.ID);
        YearMonth m = checked(month);
        List<Figure> figures = new ArrayList<>();
        for (ModuleIndicator i : sendIndicators()) {
            IndicatorCount c = i.count(m, m).getOrDefault(m, IndicatorCount.none(i.spec().unit().name().equals("PERCENT")));
            figures.add(new Figure(i.spec().id(), i.spec().title(), i.spec().unit().name(), c.numerator(), c.denominator(), value(c)));
        }
        access.success(VIEW, "module", SendModule.ID, "SEND measures for " + m + " worked out");
        return new Measures(m, access.now(), figures);
    }

    public Counted counted(String indicatorId, YearMonth month) {
        access.requirePermission(SendPermissions.ACCESS, VIEW, "module", SendModule.ID);
        YearMonth m = checked(month);
        ModuleIndicator indicator = sendIndicators().stream().filter(i -> i.spec().id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("measure", "Not a SEND measure: " + indicatorId));
        IndicatorCount c = indicator.count(m, m).getOrDefault(m, IndicatorCount.none(false));
        Set<Long> everyone = new TreeSet<>(c.denominatorPeople());
        everyone.addAll(c.numeratorPeople());
        List<CountedChild> named = new ArrayList<>();
        int outside = 0;
        for (long child : everyone) {
            if (!access.mayReach(child)) {
                outside++;
                continue;
            }
            named.add(new CountedChild(child, access.nameOf(child), c.numeratorPeople().contains(child)));
            access.success(VIEW, child, "counted in " + indicatorId + " for " + m);
        }
        named.sort(Comparator.comparing(CountedChild::name, Comparator.nullsLast(Comparator.naturalOrder())));
        access.success(VIEW, "module", SendModule.ID, indicatorId + " for " + m + ": " + named.size() + " children named, "
                + outside + " outside reach");
        return new Counted(indicatorId, indicator.spec().title(), m, named, outside);
    }

    private List<ModuleIndicator> sendIndicators() {
        return indicators.stream().filter(i -> SendModule.ID.equals(i.spec().moduleId()))
                .sorted(Comparator.comparing(i -> i.spec().id())).toList();
    }

    private YearMonth checked(YearMonth month) {
        YearMonth now = YearMonth.from(access.today());
        YearMonth m = month == null ? now : month;
        if (m.isAfter(now) || m.isBefore(now.minusYears(5))) {
            throw new InvalidInputException("month", "Choose a month in the last five years.");
        }
        return m;
    }

    private static String value(IndicatorCount c) {
        if (c.denominator() == null) {
            return Long.toString(c.numerator());
        }
        if (c.denominator() == 0) {
            return "none in the month";
        }
        return String.format(java.util.Locale.UK, "%.1f%% (%d of %d)", 100.0 * c.numerator() / c.denominator(), c.numerator(),
                c.denominator());
    }
}
