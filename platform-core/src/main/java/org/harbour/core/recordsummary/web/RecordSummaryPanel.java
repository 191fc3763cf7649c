package org.harbour.core.recordsummary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.recordsummary.application.RecordSummaries;
import org.harbour.core.recordsummary.application.RecordSummary;
import org.harbour.core.signoff.application.SignOffService;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Backs the summary at the top of case/child.xhtml: alerts, legal status, placement, key
 * professionals, open involvements with their sign-off, and reviews due. Read once per view
 * (the reading is audited) and again after the user submits work for sign-off.
 */
@Named
@ViewScoped
public class RecordSummaryPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordSummaries summaries;

    @Inject
    private SignOffService signOffs;

    private Long personId;
    private RecordSummary summary;

    /** The child's summary; read on first use for this view. */
    public RecordSummary of(long personId) {
        if (summary == null || this.personId == null || this.personId != personId) {
            this.personId = personId;
            summary = summaries.of(personId, today());
        }
        return summary;
    }

    public void submit(long personId, long involvementId) {
        try {
            signOffs.submit(personId, involvementId);
            Messages.addGlobalInfo("Sent to your team manager for sign-off.");
        } catch (InvalidInputException | ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("That involvement is not on this record.");
        }
        summary = summaries.of(personId, today());
    }

    public LocalDate getToday() {
        return today();
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }
}
