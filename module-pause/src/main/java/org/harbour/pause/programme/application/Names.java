package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.ChildRow;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.people.StaffSummary;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names of women and staff for lists, read in one statement; callers have checked the user's right to see them. */
@ApplicationScoped
public class Names {

    @Inject
    private CaseData caseData;

    @Inject
    private Staff staff;

    public Map<Long, String> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> distinct = Set.copyOf(ids);
        return caseData.read(q -> q.children(distinct)).stream()
                .collect(Collectors.toMap(ChildRow::personId, r -> r.givenName() + " " + r.familyName()));
    }

    public String person(long id) {
        return people(Set.of(id)).getOrDefault(id, "Unknown person");
    }

    public Map<String, String> staff(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (String u : Set.copyOf(usernames)) {
            if (u != null) {
                names.put(u, staff.find(u).map(StaffSummary::displayName).orElse(u));
            }
        }
        return names;
    }
}
