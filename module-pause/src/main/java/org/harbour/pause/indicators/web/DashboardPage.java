package org.harbour.pause.indicators.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.pause.access.web.PageActions;
import org.harbour.pause.indicators.application.DashboardView;
import org.harbour.pause.indicators.application.PauseDashboard;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Backs pause/dashboard.xhtml: the module's measures and charts, recalculated from today's records on request. */
@Named("pauseDashboard")
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    private PauseDashboard dashboard;

    private DashboardView view;

    public void load() {
        if (view == null) {
            view = PageActions.tryTo("recalculate-form", () -> dashboard.measures());
        }
    }

    public void recalculate() {
        DashboardView fresh = PageActions.tryTo("recalculate-form", () -> dashboard.measures());
        if (fresh != null) {
            view = fresh;
            Messages.addGlobalInfo("Measures recalculated from the records as they stand at " + AT.format(fresh.computedAt()) + ".");
        }
    }

    public DashboardView getView() { return view; }
    public String label(YearMonth month) { return month.format(MONTH); }
    public String getComputedAt() { return view == null ? "" : AT.format(view.computedAt()); }
    public String getLatestMonth() { return view == null ? "" : label(view.months().get(view.months().size() - 1)); }
    public String getThroughChart() { return view == null ? "{}" : DashboardCharts.throughTheProgramme(view); }
    public String getCaseloadChart() { return view == null ? "{}" : DashboardCharts.caseloadAgainstCap(view); }
    public String getOutcomesChart() { return view == null ? "{}" : DashboardCharts.birthsAndRemovals(view); }
}
