package org.harbour.core.activity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.module.CaseRecordTab;

/** Core's tabs of the child's record for case work: activities, documents and allocation. */
@ApplicationScoped
public class ActivityTabs {

    private static final String CORE = "core";

    @Produces
    CaseRecordTab activitiesTab() {
        return new CaseRecordTab(CORE, "Visits and notes", "/WEB-INF/includes/case/activities.xhtml", 20);
    }

    @Produces
    CaseRecordTab documentsTab() {
        return new CaseRecordTab(CORE, "Documents", "/WEB-INF/includes/case/documents.xhtml", 30);
    }

    @Produces
    CaseRecordTab allocationTab() {
        return new CaseRecordTab(CORE, "Allocation", "/WEB-INF/includes/case/allocation.xhtml", 40);
    }
}
