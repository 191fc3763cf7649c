package org.harbour.core.activity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.activity.application.ActivityService;
import org.harbour.core.activity.application.ActivityView;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.spi.error.InvalidInputException;
import org.omnifaces.util.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Backs the "Visits and notes" tab of the child's record: the activities and the case's visit regime. */
@Named
@RequestScoped
public class CaseActivitiesTab {

    @Inject
    private ActivityService activities;

    private Long loadedFor;
    private List<ActivityView> list;
    private String regime;
    private LocalDate regimeFrom = LocalDate.now(Clock.systemUTC());

    public List<ActivityView> of(long personId) {
        if (list == null || loadedFor == null || loadedFor != personId) {
            list = activities.list(personId);
            loadedFor = personId;
        }
        return list;
    }

    /** The regime set on the case, as the label staff read. */
    public String regimeOf(long personId) {
        VisitType type = activities.visitRegime(personId);
        return type == null ? "Not set: the latest statutory visit decides" : type.getLabel();
    }

    public List<VisitType> getRegimes() {
        return Arrays.stream(VisitType.values()).filter(VisitType::isStatutory).toList();
    }

    public void saveRegime(long personId) {
        try {
            activities.setVisitRegime(personId, VisitType.fromCode(regime), regimeFrom);
            Messages.addGlobalInfo("Visit regime saved.");
        } catch (InvalidInputException e) {
            Messages.addError("regime-form:" + (e.getField().equals("regimeFrom") ? "regime-from" : "regime"),
                    e.getMessage());
        }
    }

    public String getRegime() {
        return regime;
    }

    public void setRegime(String regime) {
        this.regime = regime;
    }

    public LocalDate getRegimeFrom() {
        return regimeFrom;
    }

    public void setRegimeFrom(LocalDate regimeFrom) {
        this.regimeFrom = regimeFrom;
    }
}
