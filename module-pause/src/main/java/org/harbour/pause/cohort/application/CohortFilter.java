package org.harbour.pause.cohort.application;

import org.harbour.pause.cohort.domain.Priority;

/** What the cohort finder narrows by: part of a name, a priority, the city's rule, new second removals. */
public record CohortFilter(String name, Priority priority, boolean cityRuleOnly, boolean newSecondOnly) {

    public static CohortFilter everyone() {
        return new CohortFilter(null, null, false, false);
    }

    boolean keeps(CohortRow row) {
        return (name == null || name.isBlank() || row.getName().toLowerCase().contains(name.trim().toLowerCase()))
                && (priority == null || row.getPriority() == priority)
                && (!cityRuleOnly || row.isMeetsCityRule())
                && (!newSecondOnly || row.isNewSecondRemoval());
    }

    @Override
    public String toString() {
        return "name " + (name == null || name.isBlank() ? "any" : "given") + ", priority " + (priority == null ? "any" : priority)
                + (cityRuleOnly ? ", city rule" : "") + (newSecondOnly ? ", new second removals" : "");
    }
}
