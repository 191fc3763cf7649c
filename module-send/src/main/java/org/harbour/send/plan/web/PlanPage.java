package org.harbour.send.plan.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.plan.application.PlanService;
import org.harbour.send.plan.application.PlanView;
import org.harbour.send.plan.domain.SenType;
import org.harbour.send.plan.domain.TransportMode;
import org.harbour.send.register.application.SettingRegister;
import org.harbour.send.register.application.SettingView;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Backs send/plan.xhtml: the plan's sections A to K, ranked needs and named setting, and its versions. */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private SettingRegister register;

    @Inject
    private SendAccess access;

    private Long id;
    private transient PlanView plan;
    private long version;
    private final Map<String, String> sections = new LinkedHashMap<>();
    private String primaryNeed;
    private String secondaryNeed;
    private Long settingId;
    private boolean residential;
    private BigDecimal budgetOrganised;
    private BigDecimal budgetDirect;
    private String transportMode;
    private BigDecimal transportCost;
    private boolean workBasedPlacement;
    private String transferLa;
    private java.time.LocalDate transferOn;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            show(plans.find(id));
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    private void show(PlanView view) {
        plan = view;
        version = view.getVersion();
        view.getSections().forEach(s -> sections.put(s.getLetter(), s.getText()));
        primaryNeed = view.getNeeds().isEmpty() ? null : view.getNeeds().get(0).getCode();
        secondaryNeed = view.getNeeds().size() > 1 ? view.getNeeds().get(1).getCode() : null;
        settingId = view.getSettingId();
        residential = view.isResidential();
        budgetOrganised = view.getBudgetOrganised();
        budgetDirect = view.getBudgetDirect();
        transportMode = view.getTransportMode();
        transportCost = view.getTransportCost();
        workBasedPlacement = view.isWorkBasedPlacement();
    }

    public void saveSections() {
        act(() -> plans.writeSections(id, sections, version), "Plan sections saved.");
    }

    public void saveNeeds() {
        List<String> ranked = new ArrayList<>();
        if (primaryNeed != null && !primaryNeed.isBlank()) {
            ranked.add(primaryNeed);
        }
        if (secondaryNeed != null && !secondaryNeed.isBlank()) {
            ranked.add(secondaryNeed);
        }
        act(() -> plans.rankNeeds(id, ranked, version), "Needs saved.");
    }

    public void saveSetting() {
        act(() -> {
            PlanView named = plans.nameSetting(id, settingId, residential, version);
            return named.isWorkBasedPlacement() == workBasedPlacement ? named
                    : plans.workBasedPlacement(id, workBasedPlacement, named.getVersion());
        }, "Setting named.");
    }

    public void transferIn() {
        act(() -> plans.transferIn(id, transferLa, transferOn, version), "Transfer in recorded.");
    }

    public void transferOut() {
        act(() -> plans.transferOut(id, transferLa, transferOn, version), "Plan transferred out: it has ceased here.");
    }

    public boolean isWorkBasedPlacement() {
        return workBasedPlacement;
    }

    public void setWorkBasedPlacement(boolean workBasedPlacement) {
        this.workBasedPlacement = workBasedPlacement;
    }

    public String getTransferLa() {
        return transferLa;
    }

    public void setTransferLa(String transferLa) {
        this.transferLa = transferLa;
    }

    public java.time.LocalDate getTransferOn() {
        return transferOn;
    }

    public void setTransferOn(java.time.LocalDate transferOn) {
        this.transferOn = transferOn;
    }

    public void saveBudget() {
        act(() -> plans.arrangePersonalBudget(id, budgetOrganised, budgetDirect, version), "Personal budget saved.");
    }

    public void saveTransport() {
        act(() -> plans.arrangeTransport(id, transportMode, transportCost, version), "Transport saved.");
    }

    public List<TransportMode> getTransportModes() {
        return List.of(TransportMode.values());
    }

    public BigDecimal getBudgetOrganised() {
        return budgetOrganised;
    }

    public void setBudgetOrganised(BigDecimal budgetOrganised) {
        this.budgetOrganised = budgetOrganised;
    }

    public BigDecimal getBudgetDirect() {
        return budgetDirect;
    }

    public void setBudgetDirect(BigDecimal budgetDirect) {
        this.budgetDirect = budgetDirect;
    }

    public String getTransportMode() {
        return transportMode;
    }

    public void setTransportMode(String transportMode) {
        this.transportMode = transportMode;
    }

    public BigDecimal getTransportCost() {
        return transportCost;
    }

    public void setTransportCost(BigDecimal transportCost) {
        this.transportCost = transportCost;
    }

    private void act(Supplier<PlanView> action, String done) {
        PlanView after = PageActions.attempt(action);
        if (after != null) {
            show(after);
            Messages.addGlobalInfo(done);
        }
    }

    public PlanView getPlan() {
        if (plan == null && id != null) {
            plan = plans.find(id);
        }
        return plan;
    }

    public boolean isMayPlan() {
        return access.has(SendPermissions.PLAN) && getPlan().isEditable();
    }

    public List<SenType> getSenTypes() {
        return List.of(SenType.values());
    }

    public List<SettingView> getSettings() {
        return register.all();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public void setPrimaryNeed(String primaryNeed) {
        this.primaryNeed = primaryNeed;
    }

    public String getSecondaryNeed() {
        return secondaryNeed;
    }

    public void setSecondaryNeed(String secondaryNeed) {
        this.secondaryNeed = secondaryNeed;
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public boolean isResidential() {
        return residential;
    }

    public void setResidential(boolean residential) {
        this.residential = residential;
    }
}
