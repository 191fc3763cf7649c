package org.harbour.performance.scorecard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.indicators.web.MonthParameter;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.application.Scorecards;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** Backs performance/indicator.xhtml: one indicator's trend over 13 months with its target line. */
@Named
@ViewScoped
public class IndicatorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Scorecards scorecards;

    private String id;
    private String to;
    private ScorecardRow row;
    private List<YearMonth> months;
    private String problem;

    public void load() {
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
        JsonObjectBuilder chart = Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false));
        return chart.build().toString();
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
