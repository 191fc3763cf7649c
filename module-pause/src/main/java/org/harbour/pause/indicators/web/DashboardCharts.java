package org.harbour.pause.indicators.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.harbour.pause.indicators.application.DashboardView;
import org.harbour.pause.indicators.application.MeasureRow;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' chart component; every figure
 * drawn is also in the measures table, which is the charts' text alternative.
 */
final class DashboardCharts {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final String[] COLOURS = {"#1d4f91", "#b35c00", "#2e7d32", "#6a1b9a"};

    private DashboardCharts() {
    }

    /** Women referred, offered and completing in each month (bars), and in the programme at its end (line). */
    static String throughTheProgramme(DashboardView view) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int colour = 0;
        for (String key : List.of("pause.women-referred", "pause.women-offered", "pause.women-completing")) {
            MeasureRow row = view.row(key).orElse(null);
            if (row != null) {
                sets.add(dataset(row.getTitle(), row.values(), COLOURS[colour++], "bar"));
            }
        }
        view.row("pause.women-engaged").ifPresent(r -> sets.add(dataset(r.getTitle(), r.values(), COLOURS[3], "line")));
        return chart("bar", view.months(), sets);
    }

    /** Caseload per practitioner against the cap. */
    static String caseloadAgainstCap(DashboardView view) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        view.row("pause.caseload-per-practitioner").ifPresent(r -> sets.add(dataset(r.getTitle(), r.values(), COLOURS[0], "line")));
        JsonArrayBuilder cap = Json.createArrayBuilder();
        view.months().forEach(m -> cap.add(view.cap()));
        sets.add(Json.createObjectBuilder().add("label", "Caseload cap").add("data", cap).add("type", "line")
                .add("borderColor", COLOURS[1]).add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0).add("fill", false));
        return chart("line", view.months(), sets);
    }

    /** Births and removals of children during and after the programme. */
    static String birthsAndRemovals(DashboardView view) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        view.row("pause.births-during-after").ifPresent(r -> sets.add(dataset(r.getTitle(), r.values(), COLOURS[2], "bar")));
        view.row("pause.removals-during-after").ifPresent(r -> sets.add(dataset(r.getTitle(), r.values(), COLOURS[1], "bar")));
        return chart("bar", view.months(), sets);
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, List<Double> values, String colour, String type) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return Json.createObjectBuilder().add("label", label).add("data", data).add("type", type)
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false);
    }

    private static String chart(String type, List<YearMonth> months, JsonArrayBuilder sets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.format(LABEL)));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
