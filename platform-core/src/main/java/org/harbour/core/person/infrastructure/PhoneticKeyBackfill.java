package org.harbour.core.person.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PhoneticName;
import org.harbour.core.schema.SchemaReady;

import java.util.List;
import java.util.logging.Logger;

/**
 * Gives persons recorded before the phonetic keys existed their keys, once, at start-up: SQL
 * cannot compute Double Metaphone, so the schema migration leaves them empty.
 */
@ApplicationScoped
public class PhoneticKeyBackfill {

    private static final Logger LOG = Logger.getLogger(PhoneticKeyBackfill.class.getName());

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        List<Person> missing = em.createQuery("select p from Person p where p.familyNameKey is null", Person.class)
                .getResultList();
        for (Person p : missing) {
            PhoneticName family = PhoneticName.of(p.getFamilyName());
            PhoneticName given = PhoneticName.of(p.getGivenName());
            em.createQuery("""
                            update Person p set p.familyNameKey = :fk, p.familyNameAltKey = :fa,
                                p.givenNameKey = :gk, p.givenNameAltKey = :ga where p.id = :id""")
                    .setParameter("fk", family.primary()).setParameter("fa", family.alternate())
                    .setParameter("gk", given.primary()).setParameter("ga", given.alternate())
                    .setParameter("id", p.getId()).executeUpdate();
        }
        if (!missing.isEmpty()) {
            LOG.info(() -> "Phonetic name keys computed for " + missing.size() + " person(s)");
        }
    }
}
