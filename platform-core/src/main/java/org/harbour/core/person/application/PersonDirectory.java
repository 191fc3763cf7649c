package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonKind;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;

import java.util.Optional;

/** The platform's {@link People}: the person index read into immutable summaries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonDirectory implements People {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public Optional<PersonSummary> find(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(PersonDirectory::summary);
    }

    static PersonSummary summary(Person p) {
        return new PersonSummary(p.getId(), p.getGivenName(), p.getFamilyName(), p.getFullName(), p.getDateOfBirth(),
                p.getDateOfDeath(), p.getSex(), p.getEthnicity(), p.getKind() == PersonKind.CHILD);
    }
}
