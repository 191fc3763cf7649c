package org.harbour.core.recordsummary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.harbour.core.recordsummary.application.AlertForm;
import org.harbour.core.recordsummary.application.ProfessionalForm;
import org.harbour.core.recordsummary.application.SummaryEntries;
import org.harbour.core.recordsummary.domain.AlertType;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Backs case/alert.xhtml and case/professional.xhtml: adds or changes an alert or a key
 * professional on the child's record. A refused or unknown child answers 404, a reader without
 * write reach 403 (both audited); a stale save keeps the input and says who changed it.
 */
@Named
@ViewScoped
public class SummaryEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "entry-form";
    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("type", "type"), Map.entry("text", "text"),
            Map.entry("startsOn", "starts-on"), Map.entry("endsOn", "ends-on"), Map.entry("role", "role"),
            Map.entry("name", "name"), Map.entry("organisation", "organisation"), Map.entry("phone", "phone"),
            Map.entry("email", "email"));

    @Inject
    private SummaryEntries entries;

    private Long person;
    private Long id;
    private AlertForm alert;
    private ProfessionalForm professional;

    public void loadAlert() throws IOException {
        load(true);
    }

    public void loadProfessional() throws IOException {
        load(false);
    }

    private void load(boolean isAlert) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            if (isAlert) {
                if (id == null) {
                    entries.requireWriteReach(person, "ALERT_CREATE");
                    alert = new AlertForm();
                    alert.setStartsOn(LocalDate.now(Clock.systemUTC()));
                } else {
                    alert = entries.alert(person, id);
                }
            } else {
                if (id == null) {
                    entries.requireWriteReach(person, "KEY_PROFESSIONAL_CREATE");
                    professional = new ProfessionalForm();
                    professional.setStartsOn(LocalDate.now(Clock.systemUTC()));
                } else {
                    professional = entries.professional(person, id);
                }
            }
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        } catch (ActionRefusedException e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
        }
    }

    public String saveAlert() {
        return save(true);
    }

    public String saveProfessional() {
        return save(false);
    }

    private String save(boolean isAlert) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean isNew = isAlert ? alert.getId() == null : professional.getId() == null;
        try {
            if (isAlert) {
                entries.saveAlert(person, alert);
            } else {
                entries.saveProfessional(person, professional);
            }
        } catch (InvalidInputException e) {
            Messages.addError(FORM + ":" + INPUTS.getOrDefault(e.getField(), "starts-on"), e.getMessage());
            return null;
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> Messages.addError(
                    FORM + ":" + INPUTS.getOrDefault(v.getPropertyPath().toString(), "starts-on"), v.getMessage()));
            return null;
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        } catch (EditConflictException e) {
            Messages.addGlobalWarn(e.explanation());
            return null;
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn(new EditConflictException(null, null).explanation());
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.addGlobalInfo((isAlert ? "Alert" : "Key professional") + (isNew ? " added." : " saved."));
        return "/case/child?faces-redirect=true&id=" + person;
    }

    public AlertType[] getAlertTypes() {
        return AlertType.values();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AlertForm getAlert() {
        return alert;
    }

    public ProfessionalForm getProfessional() {
        return professional;
    }
}
