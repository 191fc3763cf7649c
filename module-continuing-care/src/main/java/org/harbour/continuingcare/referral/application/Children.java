package org.harbour.continuingcare.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;

import java.util.Optional;

/** The person index as the module needs it: a child's name and age. Callers have checked need to know. */
@ApplicationScoped
public class Children {

    @Inject
    private People people;

    public Optional<PersonSummary> find(long personId) {
        return people.find(personId);
    }

    public String nameOf(long personId) {
        return find(personId).map(PersonSummary::fullName).orElse("Unknown child");
    }
}
