package org.harbour.core.returns.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.returns.application.AvailableReturn;
import org.harbour.core.returns.application.ReturnMessageView;
import org.harbour.core.returns.application.ReturnRunView;
import org.harbour.core.returns.application.ReturnsService;
import org.harbour.core.returns.application.UnknownReturnException;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Backs returns/returns.xhtml: every statutory return any deployed module contributes that the
 * user may run, produced and checked for a period in one action; a run's errors and queries apart,
 * each linking to the page that fixes it; its files to download with their checksums; and the
 * history of runs. Request scoped: the page keeps nothing in the session, a run is named in the
 * address. The service checks the permission of each return and audits every run and read.
 */
@Named
@RequestScoped
public class ReturnsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    private ReturnsService returns;

    private Long runId;
    private String returnId;
    private String period;
    private ReturnRunView run;
    private List<ReturnMessageView> messages = List.of();
    private List<AvailableReturn> available;
    private List<ReturnRunView> history;

    /** Loads the run named in the address; one the user may not see, or that does not exist, answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || runId == null) {
            return;
        }
        try {
            run = returns.find(runId);
            messages = returns.messages(runId);
        } catch (RecordNotFoundException | AccessRefusedException e) {
            faces.getExternalContext().responseSendError(404, "No such run");
            faces.responseComplete();
        }
    }

    /** Produces and checks the return for the period entered, then shows the run. */
    public String produce() {
        returnId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("returnId");
        if (returnId == null || returnId.isBlank()) {
            Messages.addGlobalError("Choose the return to produce.");
            return null;
        }
        try {
            ReturnRunView made = returns.run(returnId, period);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.addGlobalInfo("{0} for {1} produced: {2} error(s) and {3} query(ies).", title(made.returnId()),
                    made.period(), made.errors(), made.warnings());
            return "/returns/returns?faces-redirect=true&run=" + made.id();
        } catch (InvalidInputException e) {
            Messages.addError("produce-" + returnId + ":period", e.getMessage());
        } catch (UnknownReturnException | AccessRefusedException e) {
            // The service has audited the refusal.
            Messages.addGlobalError("You may not run that return.");
        }
        return null;
    }

    private String title(String id) {
        return getAvailable().stream().filter(a -> a.id().equals(id)).map(AvailableReturn::title).findFirst()
                .orElse(id);
    }

    public List<AvailableReturn> getAvailable() {
        if (available == null) {
            available = returns.available();
        }
        return available;
    }

    public List<ReturnRunView> getHistory() {
        if (history == null) {
            history = returns.runs(null).stream().limit(50).toList();
        }
        return history;
    }

    public List<ReturnMessageView> getErrors() {
        return messages.stream().filter(m -> "ERROR".equals(m.severity())).toList();
    }

    public List<ReturnMessageView> getQueries() {
        return messages.stream().filter(m -> !"ERROR".equals(m.severity())).toList();
    }

    /** When a run was made, on the council's clock. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String titleOf(String id) {
        return title(id);
    }

    public ReturnRunView getRun() {
        return run;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
