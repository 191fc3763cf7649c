package org.harbour.core.person.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.person.domain.Person;
import org.harbour.core.schema.SchemaReady;

import java.util.List;
import java.util.logging.Logger;

/**
 * Gives persons recorded before the phonetic keys existed their keys, once, at start-up: SQL
 * cannot compute Double Metaphone, so the schema migration leaves them empty.
 */
@ApplicationScoped
public class PhoneticKeyBackfill {

    private static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(PhoneticKeyBackfill.class.getName());

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        long filled = 0;
        long after = 0;
        List<Person> page;
        // In pages, so a large imported index neither fills the heap nor waits on one statement per row.
        do {
            page = em.createQuery("""
                            select p from Person p where p.familyNameKey is null and p.id > :after
                            order by p.id""", Person.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            page.forEach(Person::computePhoneticKeys);
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
            em.flush();
            em.clear();
            filled += page.size();
        } while (page.size() == PAGE);
        if (filled > 0) {
            long count = filled;
            LOG.info(() -> "Phonetic name keys computed for " + count + " person(s)");
        }
    }
}
