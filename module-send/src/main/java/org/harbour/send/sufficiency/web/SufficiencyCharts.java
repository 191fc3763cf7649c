package org.harbour.send.sufficiency.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.harbour.send.sufficiency.application.SufficiencyView;

import java.math.BigDecimal;

/**
 * The sufficiency page's charts as Chart.js configurations for PrimeFaces' chart component; every
 * figure drawn is also in a table on the page, which is the chart's text alternative.
 */
final class SufficiencyCharts {

    private static final String BLUE = "#1d4f91";
    private static final String ORANGE = "#b35c00";

    private SufficiencyCharts() {
    }

    /** Special school places today and each year ahead under the growth scenario. */
    static String demand(SufficiencyView v) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int y = 0; y < v.getDemandTotals().size(); y++) {
            labels.add(y == 0 ? "Today" : "Year " + y);
            data.add(v.getDemandTotals().get(y));
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", "Special school places at " + v.getDemandGrowthPercent().toPlainString() + "% growth a year")
                .add("data", data).add("backgroundColor", BLUE).add("borderColor", BLUE)));
    }

    /** Transport spend a year against the target spend. */
    static String transport(SufficiencyView v) {
        JsonArrayBuilder labels = Json.createArrayBuilder().add("Spend a year").add("Target spend a year");
        JsonArrayBuilder data = Json.createArrayBuilder().add(pounds(v.getTransportCost())).add(pounds(v.getTransportTarget()));
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Pounds a year")
                .add("data", data).add("backgroundColor", Json.createArrayBuilder().add(ORANGE).add(BLUE))));
    }

    private static double pounds(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder sets) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
