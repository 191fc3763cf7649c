package org.harbour.core.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.identity.application.AccountRuleViolation;
import org.harbour.core.identity.application.ServiceAreaAdministration.AreaView;
import org.harbour.core.identity.application.ServiceAreaAdministration;
import org.harbour.core.spi.error.EditConflictException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs admin/areas.xhtml: service areas with their members; create and rename. */
@Named
@ViewScoped
public class AreasPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceAreaAdministration administration;

    private List<AreaView> areas;
    private HashMap<Long, String> names;
    /** A rename's problem, shown next to that area's name field (inputs in a repeated row have no fixed id). */
    private final HashMap<Long, String> rowErrors = new HashMap<>();
    private String newCode;
    private String newName;

    @PostConstruct
    void load() {
        rowErrors.clear();
        areas = administration.areas();
        names = new HashMap<>();
        areas.forEach(a -> names.put(a.id(), a.name()));
    }

    public void rename(long id) {
        AreaView area = areas.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        rowErrors.clear();
        try {
            administration.rename(id, area.version(), names.get(id), actor());
            Messages.addGlobalInfo("Service area " + area.code() + " renamed.");
            load();
        } catch (AccountRuleViolation e) {
            rowErrors.put(id, e.getMessage());
            Messages.addGlobalError("Service area " + area.code() + " not renamed: see the message next to its name.");
            Faces.validationFailed();
        } catch (EditConflictException e) {
            AdminRefusals.savedFirstBySomeoneElse(e);
        }
    }

    public void create() {
        try {
            administration.create(newCode, newName, actor());
            Messages.addGlobalInfo("Service area " + newName + " created.");
            newCode = null;
            newName = null;
            load();
        } catch (AccountRuleViolation e) {
            AdminRefusals.ruleBroken(e, "area-form");
        }
    }

    public void reload() {
        load();
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public List<AreaView> getAreas() {
        return areas;
    }

    public Map<Long, String> getRowErrors() {
        return rowErrors;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
