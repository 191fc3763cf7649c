package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.domain.DuplicateRules;
import org.harbour.core.person.domain.NhsNumber;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PhoneticName;
import org.harbour.core.person.domain.Postcode;
import org.harbour.core.person.domain.Upn;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Searches the whole person index: the front door must find people already known, wherever they
 * are known. Names match by sound (Double Metaphone keys) or by their beginning, and results are
 * ranked by Jaro-Winkler similarity to the name searched for. Results carry only what identifies
 * a person; opening the record is still need to know. Every search is audited with the kinds of
 * criteria used, never their values.
 */
@ApplicationScoped
@Requires(CorePermissions.RECORDS)
public class PersonSearch {

    public static final int MAX_RESULTS = 50;
    private static final int MAX_EXAMINED = 300;
    private static final Pattern OUTWARD_CODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private AuditLog audit;

    @Inject
    private PersonValidation validation;

    @Transactional
    public List<PersonMatch> search(SearchCriteria criteria) {
        validation.check(criteria);
        if (criteria.given().isEmpty()) {
            throw InvalidPersonDetails.of("familyName",
                    "Enter at least one thing to search by: a name, date of birth, NHS number, UPN or postcode");
        }
        String postcode = criteria.getPostcode() == null ? null : criteria.getPostcode().strip().toUpperCase(Locale.ROOT);
        String fullPostcode = Postcode.normalise(postcode);
        if (SearchCriteria.present(postcode) && fullPostcode == null && !OUTWARD_CODE.matcher(postcode).matches()) {
            throw InvalidPersonDetails.of("postcode", "Enter a UK postcode (e.g. SW1A 1AA) or its first part (e.g. SW1A)");
        }

        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> parameters = new HashMap<>();
        nameCondition(where, parameters, "family", "familyName", criteria.getFamilyName());
        nameCondition(where, parameters, "given", "givenName", criteria.getGivenName());
        if (criteria.getDateOfBirth() != null) {
            where.add("p.dateOfBirth = :dob");
            parameters.put("dob", criteria.getDateOfBirth());
        }
        if (SearchCriteria.present(criteria.getNhsNumber())) {
            where.add("p.nhsNumber = :nhs");
            parameters.put("nhs", NhsNumber.normalise(criteria.getNhsNumber().strip()));
        }
        if (SearchCriteria.present(criteria.getUpn())) {
            where.add("p.upn = :upn");
            parameters.put("upn", Upn.normalise(criteria.getUpn()));
        }
        if (fullPostcode != null) {
            where.add("p.postcode = :postcode");
            parameters.put("postcode", fullPostcode);
        } else if (SearchCriteria.present(postcode)) {
            where.add("p.postcode like :postcode");
            parameters.put("postcode", postcode + " %");
        }
        TypedQuery<Person> query = em.createQuery("select p from Person p where " + where, Person.class)
                .setMaxResults(MAX_EXAMINED);
        parameters.forEach(query::setParameter);

        Map<Person, Double> ranked = new LinkedHashMap<>();
        query.getResultList().forEach(p -> ranked.put(p, score(p, criteria)));
        List<Person> shown = ranked.entrySet().stream()
                .sorted(Map.Entry.<Person, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getFamilyName())
                        .thenComparing(e -> e.getKey().getGivenName()))
                .limit(MAX_RESULTS)
                .map(Map.Entry::getKey)
                .toList();
        // Whether each may be opened, decided for all the results together rather than in queries for each.
        Set<Long> reachable = recordAccess.reachable(shown.stream().map(Person::getId).toList());
        List<PersonMatch> results = shown.stream().map(p -> toMatch(p, reachable.contains(p.getId()))).toList();
        audit.success("PERSON_SEARCH", RecordAccess.RECORD_TYPE, null,
                "Criteria: " + String.join(", ", criteria.given()) + "; results: " + results.size());
        return results;
    }

    /** Sounds like the name searched for, or begins with it (for a name typed in part). */
    private static void nameCondition(StringJoiner where, Map<String, Object> parameters, String prefix, String field,
                                      String value) {
        if (!SearchCriteria.present(value)) {
            return;
        }
        String column = "p." + field;
        String like = "lower(" + column + ") like :" + prefix + "Start";
        parameters.put(prefix + "Start", value.strip().toLowerCase(Locale.ROOT) + "%");
        var keys = PhoneticName.of(value).keys();
        if (keys.isEmpty()) {
            where.add(like);
            return;
        }
        parameters.put(prefix + "Keys", keys);
        where.add("(" + column + "Key in :" + prefix + "Keys or " + column + "AltKey in :" + prefix + "Keys or "
                + like + ")");
    }

    /** Closeness to the names searched for, 0 to 1; identifiers alone make every result equal. */
    private static double score(Person p, SearchCriteria c) {
        double score = 0;
        int parts = 0;
        if (SearchCriteria.present(c.getFamilyName())) {
            score += 0.6 * DuplicateRules.similarity(c.getFamilyName(), p.getFamilyName());
            parts++;
        }
        if (SearchCriteria.present(c.getGivenName())) {
            score += 0.4 * DuplicateRules.similarity(c.getGivenName(), p.getGivenName());
            parts++;
        }
        return parts == 0 ? 1 : score;
    }

    static PersonMatch toMatch(Person p, boolean mayOpen) {
        return new PersonMatch(p.getId(), p.getGivenName(), p.getFamilyName(), p.getDateOfBirth(), p.getSex(),
                p.getPostcode(), mayOpen);
    }
}
