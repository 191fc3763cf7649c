package org.harbour.performance.scorecard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.indicators.web.MonthParameter;
import org.harbour.performance.scorecard.application.Scorecard;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.application.Scorecards;
import org.harbour.performance.snapshots.application.Snapshots;
import org.harbour.performance.snapshots.domain.Recalculation;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Backs performance/scorecard.xhtml: 13 months to the chosen month, grouped by outcome. */
@Named
@ViewScoped
public class ScorecardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Scorecards scorecards;

    @Inject
    private Snapshots snapshots;

    @Inject
    private PerformanceAccess access;

    private String to;
    /**
     * Thirteen months of figures: not kept in the serialised session, which is written out after every
     * request; a page restored without it (on the other cluster member) works it out again.
     */
    private transient Scorecard scorecard;
    /** The recent recalculations, read once for the page (the view asks for them several times while drawing it). */
    private transient List<Recalculation> recalculations;
    private String recalculateMonth;
    private String recalculateTo;
    private String reason;

    public void load() {
        MonthParameter param = MonthParameter.parse(to, YearMonth.now(Clock.systemUTC()).minusMonths(1));
        if (param.problem() != null) {
            Messages.addGlobalError(param.problem());
        }
        scorecard = scorecards.scorecard(param.month(), true);
        recalculations = null;
        if (recalculateMonth == null) {
            recalculateMonth = param.month().toString();
        }
    }

    public void recalculate() {
        try {
            YearMonth first = YearMonth.parse(recalculateMonth.trim());
            YearMonth last = first;
            if (recalculateTo != null && !recalculateTo.isBlank()) {
                try {
                    last = YearMonth.parse(recalculateTo.trim());
                } catch (java.time.format.DateTimeParseException e) {
                    Messages.addError("recalculate-form:to", "Choose a month like 2026-10, or leave it empty");
                    return;
                }
            }
            List<Recalculation> done = snapshots.recalculate(first, last, reason);
            Messages.addGlobalInfo(RecalculationOutcome.of(first, last, done));
            reason = null;
            recalculateTo = null;
            load();
        } catch (InvalidInputException e) {
            String field = switch (e.getField()) {
                case "reason" -> "reason";
                case "to" -> "to";
                default -> "month";
            };
            Messages.addError("recalculate-form:" + field, e.getMessage());
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (java.time.format.DateTimeParseException e) {
            Messages.addError("recalculate-form:month", "Choose a month like 2026-10");
        }
    }

    private Scorecard scorecard() {
        if (scorecard == null) {
            scorecard = scorecards.scorecard(MonthParameter.parse(to, YearMonth.now(Clock.systemUTC()).minusMonths(1))
                    .month());
        }
        return scorecard;
    }

    public List<OutcomeGroup> getGroups() {
        return List.copyOf(scorecard().groups().keySet());
    }

    public Map<OutcomeGroup, List<ScorecardRow>> getRows() {
        return scorecard().groups();
    }

    public List<YearMonth> getMonths() {
        return scorecard().months();
    }

    public String label(YearMonth month) {
        return month.format(MonthParameter.LABEL);
    }

    public String status(YearMonth month) {
        String status = scorecard().statuses().get(month);
        return switch (status) {
            case "FROZEN" -> "Frozen";
            case "PROVISIONAL" -> "Provisional";
            default -> "Not yet stored";
        };
    }

    /**
     * The months before the latest, newest first, as indexes into a row's cells: shown after the
     * latest figure, its target, rating, direction and comparators, so those stay on screen.
     */
    public List<Integer> getEarlierMonths() {
        List<Integer> earlier = new java.util.ArrayList<>();
        for (int i = scorecard().months().size() - 2; i >= 0; i--) {
            earlier.add(i);
        }
        return earlier;
    }

    /** The index of the latest month in a row's cells. */
    public int getLatestIndex() {
        return scorecard().months().size() - 1;
    }

    /** The comparator columns: key and heading, the previous year first. */
    public List<Map.Entry<String, String>> getComparatorColumns() {
        return List.copyOf(ScorecardRow.comparatorColumns().entrySet());
    }

    public YearMonth getLast() {
        return scorecard().months().get(scorecard().months().size() - 1);
    }

    public boolean isMayDrillDown() {
        return access.has(PerformanceAccess.DRILL_DOWN);
    }

    public boolean isMayRecalculate() {
        return access.has(PerformanceAccess.RECALCULATE);
    }

    public List<Recalculation> getRecalculations() {
        if (recalculations == null) {
            recalculations = snapshots.recalculations();
        }
        return recalculations;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getRecalculateTo() {
        return recalculateTo;
    }

    public void setRecalculateTo(String recalculateTo) {
        this.recalculateTo = recalculateTo;
    }

    public String getRecalculateMonth() {
        return recalculateMonth;
    }

    public void setRecalculateMonth(String recalculateMonth) {
        this.recalculateMonth = recalculateMonth;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
