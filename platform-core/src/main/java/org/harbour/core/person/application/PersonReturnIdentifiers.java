package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.people.ReturnIdentifiers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The platform's {@link ReturnIdentifiers}: UPN and postcode from the person index, in chunks. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonReturnIdentifiers implements ReturnIdentifiers {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public Map<Long, Identifiers> of(Collection<Long> personIds) {
        List<Long> ids = new ArrayList<>(personIds);
        Map<Long, Identifiers> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("select p.id, p.upn, p.postcode from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList()
                    .forEach(r -> found.put((Long) r[0], new Identifiers((String) r[1], (String) r[2])));
        }
        return found;
    }
}
