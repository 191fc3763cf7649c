package org.harbour.core.involvement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.module.CaseRecordTab;

/** Core's Involvements tab on the child's record. */
@ApplicationScoped
public class InvolvementContributions {

    @Produces
    CaseRecordTab involvementsTab() {
        return new CaseRecordTab("core", "Involvements", "/WEB-INF/includes/case/involvements.xhtml", 10);
    }
}
