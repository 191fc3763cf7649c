package org.harbour.continuingcare.panel.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.access.web.Refusals;
import org.omnifaces.util.Messages;
import org.harbour.continuingcare.panel.application.PanelForm;
import org.harbour.continuingcare.panel.application.PanelService;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Backs continuing-care/panels.xhtml, for the module's administrators: sets up a panel or
 * changes one (function, terms of reference, members and decision-makers, quorum) on the
 * version read, so a conflicting change is reported and the input kept.
 */
@Named
@ViewScoped
public class PanelsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PanelService panels;

    @Inject
    private CareAccess access;

    private Long id;
    private List<PanelForm> all;
    private PanelForm form;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            access.requirePermission(CarePermissions.ADMINISTER, PanelService.PANEL_UPDATE, "continuing-care-panel", "set-up");
            refreshList();
            if (id != null) {
                form = PanelForm.of(panels.panel(id));
            } else {
                form = new PanelForm();
                form.getMembers().add(new PanelForm.Member());
            }
        } catch (ActionRefusedException e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such panel");
            faces.responseComplete();
        }
    }

    private void refreshList() {
        all = panels.panels().stream().map(PanelForm::of).toList();
    }

    public void addMember() {
        form.getMembers().add(new PanelForm.Member());
    }

    public void removeMember(int index) {
        if (index >= 0 && index < form.getMembers().size()) {
            form.getMembers().remove(index);
        }
    }

    public void save() {
        Panel saved = Refusals.attemptGet("panel-form", Map.of("name", "name", "function", "function",
                "termsOfReference", "terms", "quorum", "quorum", "members", "quorum"),
                () -> form.getId() == null ? panels.createPanel(form) : panels.updatePanel(form.getId(), form));
        if (saved != null) {
            form = PanelForm.of(saved);
            id = saved.getId();
            refreshList();
            Messages.addGlobalInfo("Panel " + saved.getName() + " saved.");
        }
    }

    public List<PanelFunction> getFunctions() {
        return Arrays.asList(PanelFunction.values());
    }

    public String functionLabel(String function) {
        return PanelFunction.valueOf(function).getLabel();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<PanelForm> getAll() {
        return all;
    }

    public PanelForm getForm() {
        return form;
    }
}
