package org.harbour.youthjustice.measures.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.harbour.youthjustice.measures.application.CohortRateView;
import org.harbour.youthjustice.measures.application.MonthlyFiguresView;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The measures page's charts as Chart.js configurations for PrimeFaces' chart component. Every
 * figure drawn is also in the table under its chart, which is the chart's text alternative.
 */
final class MeasuresCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    /** Told apart by more than colour: each series also has its own point style and dash. */
    private static final String[] COLOURS = {"#1d4f91", "#b35c00", "#2e7d32", "#6a1b9a", "#8a1c1c"};
    private static final String[] POINTS = {"circle", "rect", "triangle", "rectRot", "star"};

    private MeasuresCharts() {
    }

    /** Each measure's count in each month, one line each. */
    static String monthly(MonthlyFiguresView view) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (MonthlyFiguresView.Row row : view.rows()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            row.counts().forEach(data::add);
            sets.add(line(row.title(), data, i++));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        view.months().forEach(m -> labels.add(m.format(MONTH)));
        return chart(labels, sets, false);
    }

    /** The binary reoffending rate of each cohort, in per cent. */
    static String reoffending(List<CohortRateView> cohorts) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (CohortRateView c : cohorts) {
            data.add(Math.round(c.binaryRatePercent() * 10) / 10.0);
            labels.add(c.label());
        }
        return chart(labels, Json.createArrayBuilder().add(line("Children reoffending (%)", data, 0)), true);
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, int i) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("type", "line")
                .add("borderColor", COLOURS[i % COLOURS.length]).add("backgroundColor", COLOURS[i % COLOURS.length])
                .add("pointStyle", POINTS[i % POINTS.length]).add("pointRadius", 4)
                .add("borderDash", i % 2 == 0 ? Json.createArrayBuilder() : Json.createArrayBuilder().add(6).add(3)).add("fill", false);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder sets, boolean percent) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (percent) {
            y.add("max", 100);
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
