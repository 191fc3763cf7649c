package org.harbour.core.caseload.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.caseload.application.ChildChronology;
import org.harbour.core.caseload.application.ChildRecord;
import org.harbour.core.caseload.application.ChildRecords;
import org.harbour.core.caseload.application.SignificantEvents;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.ChronologyEvent;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Backs case/chronology-print.xhtml: the child's chronology, oldest first as courts and conferences
 * read it, laid out for paper (all of it, or the significant entries only). Opening it is audited
 * as the record and the chronology are.
 */
@Named
@ViewScoped
public class ChronologyPrintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChildRecords records;

    @Inject
    private ChildChronology chronology;

    @Inject
    private SignificantEvents significance;

    private Long id;
    private boolean significantOnly;
    private ChildRecord child;
    private List<ChronologyEvent> events;
    private Set<String> significant;
    private LocalDate printedOn;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(0);
            }
            printedOn = LocalDate.now(Clock.systemUTC());
            child = records.open(id, printedOn);
            significant = significance.keysOf(id);
            events = chronology.of(id).getEvents().stream()
                    .filter(e -> !significantOnly || significant.contains(SignificantEvents.keyOf(e)))
                    .sorted(Comparator.comparing(ChronologyEvent::getDate))
                    .toList();
        } catch (RecordNotFoundException e) {
            child = null;
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public boolean isSignificant(ChronologyEvent event) {
        return significant != null && significant.contains(SignificantEvents.keyOf(event));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isSignificantOnly() {
        return significantOnly;
    }

    public void setSignificantOnly(boolean significantOnly) {
        this.significantOnly = significantOnly;
    }

    public ChildRecord getChild() {
        return child;
    }

    public List<ChronologyEvent> getEvents() {
        return events == null ? List.of() : events;
    }

    public LocalDate getPrintedOn() {
        return printedOn;
    }
}
