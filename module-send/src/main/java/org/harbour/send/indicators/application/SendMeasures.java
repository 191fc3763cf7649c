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
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.indicators.domain.SendCounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    @Inject
    private ModuleSettings settings;

    /**
     * The rate of active plans per 10,000 aged 0-25: the scorecard divides by the population its
     * analysts enter, which this module cannot read, so the page divides by the module's setting.
     */
    public static final String ACTIVE_PLANS_RATE = "send.active-plans-rate";
    static final String OUT_OF_CITY_COST = "send.out-of-city-cost";

    /** A measure's figure in the month, and the measure whose children are behind it. */
    public record Figure(String id, String title, String unit, long numerator, Long denominator, String value, String countedIn) {
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
            String id = i.spec().id();
            figures.add(id.equals(ACTIVE_PLANS_RATE) ? activePlansRate(c.numerator())
                    : new Figure(id, i.spec().title(), i.spec().unit().name(), c.numerator(), c.denominator(),
                    id.equals(OUT_OF_CITY_COST) ? pounds(c.numerator()) : value(c), id));
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

    private Figure activePlansRate(long activePlans) {
        long population = settings.intValue(SendModule.ID, SendModule.POPULATION_0_TO_25);
        BigDecimal rate = SendCounts.per10000(activePlans, population);
        String value = rate == null ? "no population recorded" : String.format(Locale.UK, "%s per 10,000 (%,d plans, %,d aged 0-25)",
                rate.toPlainString(), activePlans, population);
        return new Figure(ACTIVE_PLANS_RATE, "Active EHC plans per 10,000 residents aged 0-25", "RATE", activePlans, population,
                value, ACTIVE_PLANS_RATE);
    }

    private static String pounds(long whole) {
        return String.format(Locale.UK, "\u00a3%,d a year", whole);
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
        return String.format(Locale.UK, "%.1f%% (%d of %d)", 100.0 * c.numerator() / c.denominator(), c.numerator(),
                c.denominator());
    }
}
