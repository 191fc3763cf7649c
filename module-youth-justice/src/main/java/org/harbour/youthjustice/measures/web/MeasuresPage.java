package org.harbour.youthjustice.measures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.measures.application.CohortRateView;
import org.harbour.youthjustice.measures.application.DisproportionalityService;
import org.harbour.youthjustice.measures.application.DisproportionalityView;
import org.harbour.youthjustice.measures.application.MeasuresService;
import org.harbour.youthjustice.measures.application.MonthlyFiguresView;
import org.harbour.youthjustice.measures.application.ReoffendingView;
import org.harbour.youthjustice.measures.domain.Dimension;
import org.omnifaces.util.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs youth-justice/measures.xhtml: the reoffending proxy of a quarter's cohort and
 * disproportionality over a year (April to March) by a dimension, both chosen in the address so the
 * page can be linked. The services check {@code youth-justice:measures} and audit.
 */
@Named
@RequestScoped
public class MeasuresPage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int QUARTERS_OFFERED = 12;
    private static final int YEARS_OFFERED = 5;
    private static final int COHORTS_CHARTED = 8;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK);

    @Inject
    private MeasuresService measures;

    @Inject
    private DisproportionalityService disproportionality;

    @Inject
    private YjAccess access;

    private String quarter;
    private String year;
    private String by = Dimension.ETHNICITY.name();
    private ReoffendingView reoffending;
    private DisproportionalityView groups;
    private List<CohortRateView> cohorts;
    private MonthlyFiguresView monthly;

    public void load() {
        if (quarter == null || quarter.isBlank()) {
            quarter = getQuarters().get(Math.min(4, getQuarters().size() - 1)).getKey();
        }
        if (year == null || year.isBlank()) {
            year = getYears().get(1).getKey();
        }
        // Only what the lists offer is read: any other date in the address (the year 999999999...) is said, not computed.
        reoffending = offered(getQuarters(), quarter) ? shown("quarter", () -> measures.reoffending(LocalDate.parse(quarter)))
                : refused("quarter");
        if (reoffending != null) {
            cohorts = shown("quarter", () -> measures.reoffendingByCohort(LocalDate.parse(quarter), COHORTS_CHARTED));
        }
        monthly = measures.monthly(YearMonth.from(access.today()).minusMonths(1));
        groups = !offered(getYears(), year) ? refused("year") : shown("year", () -> {
            LocalDate from = LocalDate.parse(year);
            return disproportionality.of(from, from.plusYears(1).minusDays(1), by);
        });
    }

    private static boolean offered(List<Map.Entry<String, String>> choices, String value) {
        return choices.stream().anyMatch(c -> c.getKey().equals(value));
    }

    private static <T> T refused(String field) {
        Messages.addGlobalError("Choose the " + field + " from the list.");
        return null;
    }

    private static <T> T shown(String field, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInputException | java.time.format.DateTimeParseException e) {
            return refused(field);
        }
    }

    /** The quarters begun, latest first: value the first day, label its months. */
    public List<Map.Entry<String, String>> getQuarters() {
        LocalDate today = access.today();
        LocalDate start = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        List<Map.Entry<String, String>> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            LocalDate q = start.minusMonths(3L * i);
            quarters.add(Map.entry(q.toString(), q.format(SHOWN) + " to " + q.plusMonths(3).minusDays(1).format(SHOWN)));
        }
        return quarters;
    }

    /** The years April to March begun, latest first. */
    public List<Map.Entry<String, String>> getYears() {
        LocalDate today = access.today();
        int first = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<Map.Entry<String, String>> years = new ArrayList<>();
        for (int i = 0; i < YEARS_OFFERED; i++) {
            LocalDate from = LocalDate.of(first - i, 4, 1);
            years.add(Map.entry(from.toString(), "April " + from.getYear() + " to March " + (from.getYear() + 1)));
        }
        return years;
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    public List<CohortRateView> getCohorts() { return cohorts; }
    public MonthlyFiguresView getMonthly() { return monthly; }

    public String getMonthlyChart() {
        return monthly == null ? null : MeasuresCharts.monthly(monthly);
    }

    public String getCohortsChart() {
        return cohorts == null ? null : MeasuresCharts.reoffending(cohorts);
    }

    public String month(YearMonth month) {
        return month.format(MONTH);
    }

    public ReoffendingView getReoffending() { return reoffending; }
    public DisproportionalityView getGroups() { return groups; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getBy() { return by; }
    public void setBy(String by) { this.by = by; }
}
