package org.harbour.continuingcare.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.person.domain.Person;

import java.util.Optional;

/** The person index as the module needs it: a child's name and age. Callers have checked need to know. */
@ApplicationScoped
public class Children {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public Optional<Person> find(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }

    public String nameOf(long personId) {
        return find(personId).map(Person::getFullName).orElse("Unknown child");
    }
}
