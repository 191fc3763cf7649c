package org.harbour.core.person.web;

import jakarta.enterprise.inject.Produces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.person.application.RelationshipView;
import org.harbour.core.person.application.Relationships;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.CaseRecordTab;

import java.io.Serializable;
import java.util.List;

/**
 * Backs the "Family and relationships" tab of the child's record page, and contributes the tab.
 * The list is read once per view (the read is need to know and audited).
 */
@Named
@ViewScoped
public class RelationshipsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Relationships relationships;

    private Long personId;
    private List<RelationshipView> family;

    @Produces
    static CaseRecordTab tab() {
        return new CaseRecordTab("core", "Family and relationships", "/WEB-INF/includes/case/relationships.xhtml", 20);
    }

    public List<RelationshipView> of(long personId) {
        if (family == null || this.personId == null || this.personId != personId) {
            try {
                family = relationships.of(personId);
            } catch (RecordNotFoundException e) {
                family = List.of();
            }
            this.personId = personId;
        }
        return family;
    }
}
