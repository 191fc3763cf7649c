package org.harbour.send.sen2.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records each part of a SEN2 return holds (persons, requests, assessments, named plans,
 * active plans, placements, needs), to compare one census with the one before: a large change
 * between years is the first thing the DfE asks about.
 */
public record Sen2Counts(Map<String, Integer> byTable) {

    public static final List<String> TABLES = List.of("Persons", "Requests", "Assessments", "Named plans", "Active plans",
            "Placements", "SEN needs");

    public Sen2Counts {
        byTable = Map.copyOf(byTable);
    }

    public static Sen2Counts of(List<Sen2Person> persons) {
        int requests = 0;
        int assessments = 0;
        int plans = 0;
        int active = 0;
        int placements = 0;
        int needs = 0;
        for (Sen2Person p : persons) {
            for (Sen2Person.Sen2Request r : p.requests()) {
                requests++;
                if (r.assessment() == null) {
                    continue;
                }
                assessments++;
                Sen2Person.Sen2Plan plan = r.assessment().plan();
                if (plan == null) {
                    continue;
                }
                plans++;
                if (plan.ceaseDate() == null) {
                    active++;
                    placements += plan.placements().size();
                    needs += plan.needs().size();
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Persons", persons.size());
        counts.put("Requests", requests);
        counts.put("Assessments", assessments);
        counts.put("Named plans", plans);
        counts.put("Active plans", active);
        counts.put("Placements", placements);
        counts.put("SEN needs", needs);
        return new Sen2Counts(counts);
    }

    /** One table's count this year and last, with the change in per cent (null when last year had none). */
    public record Row(String table, int current, int previous, Double changePercent) {
    }

    public static List<Row> compare(Sen2Counts current, Sen2Counts previous) {
        return TABLES.stream().map(t -> {
            int now = current.byTable().getOrDefault(t, 0);
            int before = previous.byTable().getOrDefault(t, 0);
            Double change = before == 0 ? null : Math.round(1000.0 * (now - before) / before) / 10.0;
            return new Row(t, now, before, change);
        }).toList();
    }
}
