package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.harbour.core.person.domain.DuplicateRules;
import org.harbour.core.person.domain.IdentifyingDetails;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PhoneticName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Persons already in the index who may be the one about to be recorded, strongest first, each
 * with the reason ({@link DuplicateRules}). Candidates come from the identifiers and the
 * phonetic keys of the family name; the rules then decide.
 */
@ApplicationScoped
public class DuplicateCheck {

    private static final int MAX_EXAMINED = 500;
    private static final int MAX_SHOWN = 20;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    public List<DuplicateCandidate> candidatesFor(IdentifyingDetails proposed) {
        Set<String> keys = new TreeSet<>(PhoneticName.of(proposed.familyName()).keys());
        List<String> conditions = new ArrayList<>();
        if (proposed.nhsNumber() != null) {
            conditions.add("p.nhsNumber = :nhs");
        }
        if (proposed.upn() != null) {
            conditions.add("p.upn = :upn");
        }
        if (!keys.isEmpty()) {
            conditions.add("p.familyNameKey in :keys or p.familyNameAltKey in :keys");
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        TypedQuery<Person> query = em.createQuery("select p from Person p where " + String.join(" or ", conditions),
                Person.class).setMaxResults(MAX_EXAMINED);
        if (proposed.nhsNumber() != null) {
            query.setParameter("nhs", proposed.nhsNumber());
        }
        if (proposed.upn() != null) {
            query.setParameter("upn", proposed.upn());
        }
        if (!keys.isEmpty()) {
            query.setParameter("keys", keys);
        }
        Map<Person, DuplicateRules.Match> matched = new LinkedHashMap<>();
        for (Person p : query.getResultList()) {
            DuplicateRules.assess(proposed, IdentifyingDetails.of(p)).ifPresent(match -> matched.put(p, match));
        }
        // Whether each may be opened, decided for all the candidates together rather than in queries for each.
        Set<Long> reachable = recordAccess.reachable(matched.keySet().stream().map(Person::getId).toList());
        List<DuplicateCandidate> found = new ArrayList<>();
        matched.forEach((p, match) -> found.add(new DuplicateCandidate(
                PersonSearch.toMatch(p, reachable.contains(p.getId())), match.likelihood(), match.reason())));
        return found.stream()
                .sorted(Comparator.comparing(DuplicateCandidate::getLikelihood)
                        .thenComparing(c -> c.getPerson().getFamilyName())
                        .thenComparing(c -> c.getPerson().getGivenName()))
                .limit(MAX_SHOWN)
                .toList();
    }
}
