package org.harbour.pause.indicators.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.pause.indicators.application.DashboardView;
import org.harbour.pause.indicators.application.MeasureRow;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The charts draw the dashboard's figures as they are: a month without a value is a gap, the cap a line. */
class DashboardChartsTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5));

    private static MeasureRow row(String key, Double... values) {
        return new MeasureRow(key, key, "number", Arrays.asList(values), List.of("", ""), List.of());
    }

    private static JsonObject chart(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theProgrammeChartHasBarsForTheFlowAndALineForWomenInTheProgramme() {
        DashboardView view = new DashboardView(MONTHS, List.of(row("pause.women-referred", 3.0, 1.0),
                row("pause.women-offered", 2.0, 0.0), row("pause.women-completing", 0.0, 1.0),
                row("pause.women-engaged", 7.0, 8.0)), 8, Instant.EPOCH);

        JsonObject c = chart(DashboardCharts.throughTheProgramme(view));

        assertEquals(List.of("Apr 2026", "May 2026"), c.getJsonObject("data").getJsonArray("labels").getValuesAs(
                v -> ((jakarta.json.JsonString) v).getString()));
        JsonArray sets = c.getJsonObject("data").getJsonArray("datasets");
        assertEquals(4, sets.size());
        assertEquals("line", sets.getJsonObject(3).getString("type"));
        assertEquals(8, sets.getJsonObject(3).getJsonArray("data").getJsonNumber(1).intValue());
    }

    @Test
    void aMonthWithoutAValueIsAGapAndTheCapIsDrawnEveryMonth() {
        DashboardView view = new DashboardView(MONTHS, List.of(row("pause.caseload-per-practitioner", null, 3.5)), 6, Instant.EPOCH);

        JsonArray sets = chart(DashboardCharts.caseloadAgainstCap(view)).getJsonObject("data").getJsonArray("datasets");

        assertEquals(JsonValue.NULL, sets.getJsonObject(0).getJsonArray("data").get(0));
        assertEquals(3.5, sets.getJsonObject(0).getJsonArray("data").getJsonNumber(1).doubleValue());
        assertEquals("Caseload cap", sets.getJsonObject(1).getString("label"));
        assertEquals(List.of(6, 6), sets.getJsonObject(1).getJsonArray("data").getValuesAs(
                v -> ((jakarta.json.JsonNumber) v).intValue()));
    }
}
