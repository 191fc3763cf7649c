package org.harbour.core.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.document.domain.CaseDocument;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;

import java.time.ZoneOffset;
import java.util.List;

/** Documents attached to the child's case, dated by their upload, as chronology events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentChronology implements ChronologySource {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        return em.createQuery("select d from CaseDocument d where d.personId = :person order by d.uploadedAt",
                        CaseDocument.class)
                .setParameter("person", personId).getResultStream()
                .map(d -> new ChronologyEvent(moduleId(), d.getUploadedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        "Document", "Document attached: " + d.getTitle(), d.getFileName(), d.getUploadedBy()))
                .toList();
    }
}
