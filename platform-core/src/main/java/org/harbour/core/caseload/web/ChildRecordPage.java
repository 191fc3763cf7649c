package org.harbour.core.caseload.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.caseload.application.ChildRecord;
import org.harbour.core.caseload.application.ChildRecords;
import org.harbour.core.module.CaseRecordTab;

import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Backs case/child.xhtml: the child's summary, then the tabs of the modules the user may use. */
@Named
@ViewScoped
public class ChildRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Core's own sections of the record (involvements, activities...) are tabs too, always shown. */
    private static final String CORE = "core";

    @Inject
    private ChildRecords records;

    @Inject
    private CurrentAccess access;

    @Inject
    private Instance<CaseRecordTab> tabs;

    private Long id;
    private ChildRecord child;

    /** Called once per view; an unknown id and a refused one both answer 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        String username = faces.getExternalContext().getUserPrincipal().getName();
        child = id == null ? null : records.open(id, username, LocalDate.now(Clock.systemUTC())).orElse(null);
        if (child == null) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public List<CaseRecordTab> getTabs() {
        return tabs.stream().filter(t -> CORE.equals(t.getModuleId()) || access.canUseModule(t.getModuleId()))
                .sorted(Comparator.comparingInt(CaseRecordTab::getOrder).thenComparing(CaseRecordTab::getTitle))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ChildRecord getChild() {
        return child;
    }
}
