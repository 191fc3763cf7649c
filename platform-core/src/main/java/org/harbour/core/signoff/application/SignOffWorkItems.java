package org.harbour.core.signoff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.signoff.domain.SignOff;
import org.harbour.core.signoff.domain.SignOffStatus;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments and plans a manager returned for changes, in the My work of whoever holds the
 * child's case, until they are submitted again. Due from the day they were returned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignOffWorkItems implements WorkItemSource {

    public static final String KIND = "Returned for changes";
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            items.addAll(chunk(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return items;
    }

    private List<WorkItem> chunk(List<Long> personIds) {
        Map<Long, SignOff> latest = new HashMap<>();
        em.createQuery("select s from SignOff s where s.personId in :persons order by s.submittedAt, s.id", SignOff.class)
                .setParameter("persons", personIds).getResultStream()
                .forEach(s -> latest.put(s.getInvolvementId(), s));
        List<WorkItem> items = new ArrayList<>();
        for (SignOff s : latest.values()) {
            if (s.getStatus() != SignOffStatus.RETURNED) {
                continue;
            }
            Involvement involvement = em.find(Involvement.class, s.getInvolvementId());
            String what = involvement == null ? "Work" : involvement.getKind().getLabel();
            items.add(new WorkItem(moduleId(), s.getPersonId(), KIND + ": " + what + " (" + s.getReturnReason() + ")",
                    s.getDecidedAt().atZone(ZoneOffset.UTC).toLocalDate(), false,
                    "/case/child?id=" + s.getPersonId()).withKind(KIND));
        }
        return items;
    }
}
