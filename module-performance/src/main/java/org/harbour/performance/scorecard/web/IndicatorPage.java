package org.harbour.performance.scorecard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.comparators.domain.ComparatorValue;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.indicators.web.MonthParameter;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.application.Scorecards;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Backs performance/indicator.xhtml: one indicator's trend over 13 months with its target and
 * comparator lines, on an axis from zero, and (for computed figures) the way to the children
 * behind each month's figure.
 */
@Named
@RequestScoped
public class IndicatorPage {

    /** Line colours of the published comparators, distinct from the series and the target and 3:1 on white. */
    private static final java.util.Map<ComparatorValue.Kind, String> COMPARATOR_COLOURS = java.util.Map.of(
            ComparatorValue.Kind.ENGLAND, "#505a5f",
            ComparatorValue.Kind.STATISTICAL_NEIGHBOURS, "#00703c",
            ComparatorValue.Kind.REGION, "#912b88");

    @Inject
    private Scorecards scorecards;

    @Inject
    private PerformanceAccess access;

    private String id;
    private String to;
    private ScorecardRow row;
    private List<YearMonth> months;
    private String problem;

    public void load() {
        // A read-only page (no form of its own): its thirteen months of figures are worked out for each request and
        // neither they nor its component tree are kept in the session.
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        MonthParameter param = MonthParameter.parse(to, YearMonth.now(Clock.systemUTC()).minusMonths(1));
        YearMonth last = param.month();
        try {
            row = scorecards.series(id == null ? "" : id, last);
            months = new Window(last.minusMonths(12), last).months();
        } catch (InvalidInputException e) {
            problem = e.getMessage();
        }
    }

    /** A Chart.js line chart: the series and, when there is one, the target as a dashed line. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (int i = 0; i < months.size(); i++) {
            labels.add(months.get(i).format(MonthParameter.LABEL));
            Figure f = row.getFigures().get(i);
            if (f == null || f.value() == null) {
                values.addNull();
            } else {
                values.add(Math.round(f.value() * 10) / 10.0);
            }
            if (row.getDefinition().getTarget() != null) {
                target.add(row.getDefinition().getTarget());
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", row.getDefinition().getTitle()).add("data", values)
                .add("borderColor", "#1d4f91").add("backgroundColor", "#1d4f91").add("spanGaps", false));
        if (row.getDefinition().getTarget() != null) {
            datasets.add(Json.createObjectBuilder().add("label", "Target").add("data", target)
                    .add("borderColor", "#b35c00").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0).add("fill", false));
        }
        // The latest published comparators, as flat lines: the figure is read against them.
        for (ComparatorValue.Kind kind : ComparatorValue.Kind.values()) {
            Double value = row.getComparators().get(kind.name());
            if (value == null) {
                continue;
            }
            JsonArrayBuilder line = Json.createArrayBuilder();
            months.forEach(m -> line.add(Math.round(value * 10) / 10.0));
            datasets.add(Json.createObjectBuilder().add("label", kind.getLabel()).add("data", line)
                    .add("borderColor", COMPARATOR_COLOURS.getOrDefault(kind, "#505a5f"))
                    .add("borderDash", Json.createArrayBuilder().add(2).add(3))
                    .add("pointRadius", 0).add("fill", false));
        }
        JsonObjectBuilder chart = Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        // From zero, so that a small change does not look like a large one.
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))));
        return chart.build().toString();
    }

    /** The comparators the row has, as heading and value ("Previous year", "England", ...). */
    public List<java.util.Map.Entry<String, String>> getComparators() {
        List<java.util.Map.Entry<String, String>> shown = new java.util.ArrayList<>();
        ScorecardRow.comparatorColumns().forEach((key, heading) -> {
            String value = row.comparator(key);
            if (!value.isEmpty()) {
                shown.add(java.util.Map.entry(heading, value));
            }
        });
        return shown;
    }

    /** Whether each month's figure links to the children behind it. */
    public boolean isMayDrillDown() {
        return row != null && row.getDefinition().isComputed() && access.has(PerformanceAccess.DRILL_DOWN);
    }

    public String label(YearMonth month) {
        return month.format(MonthParameter.LABEL);
    }

    public ScorecardRow getRow() {
        return row;
    }

    public List<YearMonth> getMonths() {
        return months;
    }

    public String getProblem() {
        return problem;
    }

    public String getLastMonth() {
        return months == null ? "" : months.get(months.size() - 1).toString();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
