package org.harbour.youthjustice.jdmp.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the panel records beside its decision: who sat, the gravity score it settled on (the police
 * score after aggravating and mitigating factors, so it may differ from the offence's) and, for a
 * youth conditional caution only, the conditions and the day by which they must be met.
 */
public record PanelDetails(String attendees, Integer gravity, String conditions, LocalDate conditionsEndOn) {

    public static final int MAX_TEXT = 1000;

    /** The rules broken, naming their fields; {@code conditional} says the decision is a conditional caution. */
    public List<RuleBroken> problems(boolean conditional, LocalDate decidedOn) {
        List<RuleBroken> problems = new ArrayList<>();
        if (attendees == null || attendees.isBlank()) {
            problems.add(new RuleBroken("attendees", "Name who sat on the panel (at least the police and the service's officers)."));
        } else if (attendees.length() > MAX_TEXT) {
            problems.add(new RuleBroken("attendees", "Name the attendees in at most " + MAX_TEXT + " characters."));
        }
        if (gravity != null && (gravity < 1 || gravity > 8)) {
            problems.add(new RuleBroken("gravity", "The panel's gravity score is 1 to 8."));
        }
        boolean hasConditions = conditions != null && !conditions.isBlank();
        if (conditional) {
            if (!hasConditions) {
                problems.add(new RuleBroken("conditions", "A youth conditional caution needs its conditions."));
            } else if (conditions.length() > MAX_TEXT) {
                problems.add(new RuleBroken("conditions", "Write the conditions in at most " + MAX_TEXT + " characters."));
            }
            if (conditionsEndOn == null) {
                problems.add(new RuleBroken("conditionsEndOn", "Enter the day by which the conditions must be met."));
            } else if (decidedOn != null && !conditionsEndOn.isAfter(decidedOn)) {
                problems.add(new RuleBroken("conditionsEndOn", "The conditions end after the day of the panel."));
            }
        } else if (hasConditions || conditionsEndOn != null) {
            String field = hasConditions ? "conditions" : "conditionsEndOn";
            problems.add(new RuleBroken(field, "Only a youth conditional caution has conditions and an end day."));
        }
        return problems;
    }

    /** The gravity the panel settled on, or the offence's when it kept the police score. */
    public int gravityOr(int offenceGravity) {
        return gravity == null ? offenceGravity : gravity;
    }

    /** Blank text kept as none. */
    public PanelDetails trimmed() {
        return new PanelDetails(blankToNull(attendees), gravity, blankToNull(conditions), conditionsEndOn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
