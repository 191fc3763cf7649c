package org.harbour.core.involvement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.involvement.application.InvolvementService;
import org.harbour.core.involvement.application.InvolvementView;
import org.harbour.core.involvement.domain.InvolvementKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs the Involvements tab of the child's record: the child's involvements and what can be recorded next. */
@Named
@RequestScoped
public class InvolvementsTab {

    @Inject
    private InvolvementService involvements;

    private final Map<Long, List<InvolvementView>> rows = new HashMap<>();

    /** One action button: its label and the kind it records. */
    public record Action(String label, String slug) {
        public String getLabel() { return label; }
        public String getSlug() { return slug; }
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("Record contact", InvolvementKind.CONTACT.getSlug()),
            new Action("Open referral", InvolvementKind.REFERRAL.getSlug()),
            new Action("Start assessment", InvolvementKind.ASSESSMENT.getSlug()),
            new Action("Start CIN plan", InvolvementKind.CIN_PLAN.getSlug()),
            new Action("Record strategy discussion", InvolvementKind.STRATEGY_DISCUSSION.getSlug()),
            new Action("Start section 47 enquiry", InvolvementKind.SECTION_47.getSlug()),
            new Action("Start CP plan", InvolvementKind.CP_PLAN.getSlug()),
            new Action("Start looked-after period", InvolvementKind.LOOKED_AFTER.getSlug()),
            new Action("Add placement episode", InvolvementKind.PLACEMENT_EPISODE.getSlug()),
            new Action("Record care leaver", InvolvementKind.CARE_LEAVER.getSlug()),
            new Action("Start early help", InvolvementKind.EARLY_HELP.getSlug()));

    /** Read once per request, however often the page asks. */
    public List<InvolvementView> rows(Long personId) {
        return personId == null ? List.of() : rows.computeIfAbsent(personId, involvements::list);
    }

    public List<Action> getActions() {
        return ACTIONS;
    }

    /** Words for a timescale state, e.g. "Overdue (due 24/06/2026)". */
    public String timescaleText(InvolvementView row) {
        if (row.getTimescaleState() == null) {
            return "";
        }
        String due = row.getDueOn() == null ? "" : String.format(" (due %1$td/%1$tm/%1$tY)", row.getDueOn());
        return switch (row.getTimescaleState()) {
            case "OVERDUE" -> "Overdue" + due;
            case "DUE" -> "Due" + due;
            case "MET" -> "In timescale" + due;
            case "MISSED" -> "Late" + due;
            default -> row.getTimescaleState();
        };
    }
}
