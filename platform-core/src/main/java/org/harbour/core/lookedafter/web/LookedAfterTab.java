package org.harbour.core.lookedafter.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.module.CaseRecordTab;

/** Core's "Looked after" tab of the child's record: the way to what the SSDA903 needs beyond periods and episodes. */
@ApplicationScoped
public class LookedAfterTab {

    @Produces
    CaseRecordTab lookedAfterTab() {
        return new CaseRecordTab("core", "Looked after", "/WEB-INF/includes/case/looked-after.xhtml", 15);
    }
}
