package org.harbour.pause.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.pause.access.web.PageActions;
import org.harbour.pause.cohort.application.CohortFilter;
import org.harbour.pause.cohort.application.CohortRow;
import org.harbour.pause.cohort.application.CohortService;
import org.harbour.pause.cohort.application.FunnelView;
import org.harbour.pause.cohort.domain.Priority;
import org.harbour.pause.programme.application.ForumService;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Backs pause/cohort.xhtml: the cohort finder and the funnel over a period. Keeps only the filter. */
@Named("pauseCohort")
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohort;

    @Inject
    private ForumService forum;

    private String name;
    private Priority priority;
    private boolean cityRuleOnly;
    private boolean newSecondOnly;
    private LocalDate from = LocalDate.now(Clock.systemUTC()).minusYears(5);
    private LocalDate to = LocalDate.now(Clock.systemUTC());
    private transient List<CohortRow> rows;
    private transient FunnelView funnel;
    private transient Map<Long, String> withPause;

    public List<CohortRow> getRows() {
        if (rows == null) {
            rows = cohort.cohort(new CohortFilter(name, priority, cityRuleOnly, newSecondOnly));
        }
        return rows;
    }

    /** Where she stands with Pause, or null when she may be referred. */
    public String stageOf(long personId) {
        if (withPause == null) {
            withPause = forum.withPause();
        }
        return withPause.get(personId);
    }

    public FunnelView getFunnel() {
        if (funnel == null) {
            funnel = PageActions.tryTo("funnel-form", () -> cohort.funnel(from, to));
        }
        return funnel;
    }

    public void search() {
        rows = null;
    }

    public void recount() {
        funnel = null;
    }

    public Priority[] getPriorities() { return Priority.values(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public boolean isCityRuleOnly() { return cityRuleOnly; }
    public void setCityRuleOnly(boolean cityRuleOnly) { this.cityRuleOnly = cityRuleOnly; }
    public boolean isNewSecondOnly() { return newSecondOnly; }
    public void setNewSecondOnly(boolean newSecondOnly) { this.newSecondOnly = newSecondOnly; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
