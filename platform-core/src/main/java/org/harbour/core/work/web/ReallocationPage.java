package org.harbour.core.work.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.harbour.core.caseload.application.AllocationPeriod;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.caseload.application.WorkerChoice;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs team/reallocate.xhtml: a manager moves a child's case to another worker of their teams,
 * or closes it. A stale save is refused with who changed the case and when, keeping the input.
 */
@Named
@ViewScoped
public class ReallocationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reallocate-form";
    private static final String CLOSE_FORM = "close-form";
    private static final Map<String, String> FIELDS = Map.of("worker", "worker", "from", "from", "reason", "reason",
            "changeReason", "change-reason", "closedOn", "closed-on");

    @Inject
    private CaseloadService caseloads;

    private Long person;
    private List<AllocationPeriod> current = List.of();
    private List<WorkerChoice> choices = List.of();
    private String workerKey;
    private LocalDate from;
    private String reason;
    private LocalDate closedOn;
    private String closureReason;

    /** Called once per view; a child outside the manager's areas answers 404 (audited). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            current = person == null ? List.of() : caseloads.currentAllocations(person);
        } catch (RecordNotFoundException e) {
            current = List.of();
        }
        if (current.isEmpty()) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
            return;
        }
        choices = caseloads.workerChoices();
        from = LocalDate.now(Clock.systemUTC());
        closedOn = from;
    }

    /** SW_REASON: why the child's social worker changes (optional). */
    private String changeReason;

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public java.util.Map<String, String> getChangeReasons() {
        return org.harbour.core.caseload.domain.WorkerChangeReason.CODES;
    }

    public String reallocate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        AllocationPeriod allocation = current.get(0);
        WorkerChoice choice = choices.stream().filter(c -> c.getKey().equals(workerKey)).findFirst().orElse(null);
        if (choice == null) {
            Messages.addError(FORM + ":worker", "Choose the worker who will hold the case.");
            return null;
        }
        try {
            caseloads.reallocate(person, allocation.getId(), allocation.getVersion(), choice.getUsername(),
                    choice.getTeamId(), from, reason, changeReason);
        } catch (InvalidInputException e) {
            Messages.addError(FORM + ":" + FIELDS.getOrDefault(e.getField(), "reason"), e.getMessage());
            return null;
        } catch (RuleRefusedException e) {
            Messages.addError(CLOSE_FORM + ":closed-on", e.getMessage() + " " + String.join(" ", e.getReasons()));
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
        Messages.addGlobalInfo("The case is now allocated to " + choice.getLabel() + ".");
        return "/team/caseloads?faces-redirect=true";
    }

    public String close() {
        FacesContext faces = FacesContext.getCurrentInstance();
        AllocationPeriod allocation = current.get(0);
        try {
            caseloads.closeCase(person, allocation.getCaseId(), allocation.getCaseVersion(), closedOn, closureReason);
        } catch (InvalidInputException e) {
            Messages.addError(CLOSE_FORM + ":" + (e.getField().equals("closedOn") ? "closed-on" : "closure-reason"),
                    e.getMessage());
            return null;
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        } catch (EditConflictException e) {
            Messages.addGlobalWarn(e.explanation());
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.addGlobalInfo("The case is closed.");
        return "/team/caseloads?faces-redirect=true";
    }


    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public AllocationPeriod getCurrent() {
        return current.isEmpty() ? null : current.get(0);
    }

    public List<WorkerChoice> getChoices() {
        return choices;
    }

    public String getWorkerKey() {
        return workerKey;
    }

    public void setWorkerKey(String workerKey) {
        this.workerKey = workerKey;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }
}
