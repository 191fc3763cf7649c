package org.harbour.core.caseload.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLine;
import org.harbour.core.audit.application.AuditPermissionException;
import org.harbour.core.caseload.application.ChildChronology;
import org.harbour.core.caseload.application.ChildRecord;
import org.harbour.core.caseload.application.ChildRecords;
import org.harbour.core.caseload.application.Timeline;
import org.harbour.core.caseload.application.SignificantEvents;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.CaseRecordTab;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Backs case/child.xhtml: the child's summary, the chronology merged from every source, the tabs
 * of core and of the modules the user may use, and for managers who has viewed the record.
 */
@Named
@ViewScoped
public class ChildRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Core's own sections of the record (involvements, activities...) are tabs too, always shown. */
    private static final String CORE = CurrentAccess.CORE;

    @Inject
    private ChildRecords records;

    @Inject
    private ChildChronology chronology;

    @Inject
    private CurrentAccess access;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private Instance<CaseRecordTab> tabs;

    @Inject
    private SignificantEvents significance;

    private Long id;
    private ChildRecord child;
    /** Whether this bean has read its child (or been refused it): it reads it once only. */
    private boolean opened;
    /**
     * Not kept in the serialised session (it is written out after every request and to the other
     * cluster member): a page restored elsewhere reads the chronology again, and that read is audited.
     */
    private transient Timeline timeline;
    private transient List<AuditLine> viewers;
    /** Keys of the entries marked significant; read with the chronology. */
    private transient java.util.Set<String> significant;
    private Boolean mayMark;
    private boolean significantOnly;

    private String category;
    private String source;
    private LocalDate from;
    private LocalDate to;

    /** Called once per view; an unknown id and a refused one both answer 404 (and are audited). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        opened = true;
        try {
            if (id == null) {
                throw new RecordNotFoundException(0);
            }
            child = records.open(id, LocalDate.now(Clock.systemUTC()));
            timeline = chronology.of(id);
        } catch (RecordNotFoundException e) {
            child = null;
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    /** The chronology read when the page opened, or read again where the page was restored without it. */
    private Timeline timeline() {
        if (timeline == null && getChild() != null) {
            timeline = chronology.of(child.getPersonId());
        }
        return timeline;
    }

    /**
     * The id this page was asked for: the one its view parameter gave, or, where this bean was made afresh because
     * the page's kept view was dropped (the view parameter is not applied again then), the page's own address's.
     * Never a stand-in: a page with no id has no child.
     */
    private Long askedFor() {
        if (id != null) {
            return id;
        }
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return given == null ? null : Long.valueOf(given.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<CaseRecordTab> getTabs() {
        return tabs.stream().filter(t -> access.shows(t.getModuleId()))
                .sorted(Comparator.comparingInt(CaseRecordTab::getOrder)
                        .thenComparing(t -> !CORE.equals(t.getModuleId()))
                        .thenComparing(CaseRecordTab::getTitle))
                .toList();
    }

    /** The chronology as filtered, newest first. */
    public List<ChronologyEvent> getEvents() {
        if (timeline() == null) {
            return List.of();
        }
        return timeline().getEvents().stream()
                .filter(e -> blank(category) || e.getCategory().equals(category))
                .filter(e -> blank(source) || e.getModuleId().equals(source))
                .filter(e -> from == null || !e.getDate().isBefore(from))
                .filter(e -> to == null || !e.getDate().isAfter(to))
                .filter(e -> !significantOnly || isSignificant(e))
                .toList();
    }

    /** Whether the entry is marked significant. */
    public boolean isSignificant(ChronologyEvent event) {
        if (getChild() == null) {
            return false;
        }
        if (significant == null) {
            significant = significance.keysOf(child.getPersonId());
        }
        return significant.contains(SignificantEvents.keyOf(event));
    }

    /** Whether the user may mark entries significant (write reach on the child's record). */
    public boolean isMayMark() {
        if (mayMark == null) {
            mayMark = getChild() != null && significance.mayMark(child.getPersonId());
        }
        return mayMark;
    }

    /** Marks the entry significant or clears the mark; the service checks write reach again and audits. */
    public void toggleSignificant(ChronologyEvent event) {
        if (getChild() == null) {
            Messages.addGlobalError("You cannot change this record.");
            return;
        }
        boolean now = !isSignificant(event);
        try {
            significance.mark(child.getPersonId(), event, now);
            Messages.addGlobalInfo(now ? "Marked significant: " + event.getTitle() : "No longer marked significant: " + event.getTitle());
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("You cannot change this record.");
        }
        significant = null;
    }

    public int getTotalEvents() {
        return timeline() == null ? 0 : timeline().getEvents().size();
    }

    public List<String> getCategories() {
        return timeline() == null ? List.of() : timeline().getEvents().stream().map(ChronologyEvent::getCategory)
                .distinct().sorted().toList();
    }

    public List<String> getSources() {
        return timeline() == null ? List.of() : timeline().getEvents().stream().map(ChronologyEvent::getModuleId)
                .distinct().sorted().toList();
    }

    /** What people call a source: the module's name, or the case record for core. */
    public String sourceName(String moduleId) {
        return CORE.equals(moduleId) ? "Case record"
                : registry.find(moduleId).map(ModuleDescriptor::getName).orElse(moduleId);
    }

    /** Sources whose events could not be read, as one line; empty when all were read. */
    public String getFailedSourceList() {
        return timeline() == null ? "" : String.join(", ", timeline().getFailedSources().stream().map(this::sourceName).toList());
    }

    public void filter() {
        if (from != null && to != null && from.isAfter(to)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.addGlobalError("The 'to' date must be on or after the 'from' date.");
            faces.validationFailed();
        }
    }

    public void clearFilter() {
        significantOnly = false;
        category = null;
        source = null;
        from = null;
        to = null;
    }

    public boolean isFiltered() {
        return !blank(category) || !blank(source) || from != null || to != null || significantOnly;
    }

    public boolean isMaySeeWhoViewed() {
        return getChild() != null && records.maySeeWhoViewed();
    }

    /** Reads the list on request only, so a manager opening the record does not also "look" at its viewers. */
    public void loadViewers() {
        if (getChild() == null) {
            Messages.addGlobalError("You cannot see who has viewed this record.");
            return;
        }
        try {
            viewers = records.whoViewed(child.getPersonId());
        } catch (AuditPermissionException | RecordNotFoundException e) {
            viewers = null;
            Messages.addGlobalError("You cannot see who has viewed this record.");
        }
    }

    public List<AuditLine> getViewers() {
        return viewers;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isSignificantOnly() {
        return significantOnly;
    }

    public void setSignificantOnly(boolean significantOnly) {
        this.significantOnly = significantOnly;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * The child. Read when the page opens; read here (and audited like any read) only where this bean was made
     * afresh after the page had opened, so that it never draws the rest of the page for no child.
     */
    public ChildRecord getChild() {
        if (child == null && !opened) {
            opened = true;
            Long asked = askedFor();
            if (asked != null) {
                id = asked;
                child = records.open(asked, LocalDate.now(Clock.systemUTC()));
            }
        }
        return child;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = Objects.requireNonNullElse(source, "").isBlank() ? null : source;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
