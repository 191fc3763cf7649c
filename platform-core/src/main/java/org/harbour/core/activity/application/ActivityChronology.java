package org.harbour.core.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.activity.domain.Activity;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;

import java.util.List;

/** Visits, supervisions, reviews and case notes as dated events of the child's chronology. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivityChronology implements ChronologySource {

    /** The chronology shows the start of long text; the activity itself holds the rest. */
    static final int DETAIL_MAX = 300;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        return em.createQuery("select a from Activity a where a.personId = :person order by a.occurredOn, a.id",
                        Activity.class)
                .setParameter("person", personId).getResultStream()
                .map(a -> new ChronologyEvent(moduleId(), a.getOccurredOn(), a.getKind().getLabel(), a.getTitle(),
                        shorten(detail(a)), a.getRecordedBy()))
                .toList();
    }

    /** How contact was made and who was present, then the text. */
    static String detail(Activity a) {
        String contact = a.getContactSummary();
        if (contact == null) {
            return a.getBody();
        }
        return a.getBody() == null ? contact + "." : contact + ". " + a.getBody();
    }

    static String shorten(String text) {
        if (text == null || text.length() <= DETAIL_MAX) {
            return text;
        }
        return text.substring(0, DETAIL_MAX - 1).stripTrailing() + "…";
    }
}
