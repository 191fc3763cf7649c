package org.harbour.core.involvement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.family.FamilyRemovalHistories;
import org.harbour.core.spi.family.FamilyRemovals;
import org.harbour.core.spi.family.MotherChildLink;
import org.harbour.core.spi.family.RemovalOrderRow;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Core's {@link FamilyRemovals}: three statements whatever the number of women (two for the links
 * and orders of everyone, chunked by {@link #CHUNK} ids for named women). Plain SQL over core's own
 * tables, so that the relationships (person) and the episodes (involvement) are read together
 * without tying the two features' classes to each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FamilyRemovalQueries implements FamilyRemovals {

    private static final int CHUNK = 500;
    private static final String REMOVED = "(e.legal_status IN ('C2', 'E1') OR e.reason_ceased IN ('E11', 'E12'))";
    private static final String MOTHER = "(r.relationship_type = 'MOTHER' OR (r.relationship_type = 'PARENT' AND m.sex = 'F'))";
    private static final String LINKS = "SELECT r.from_person_id, m.date_of_birth, r.to_person_id, c.date_of_birth"
            + " FROM core_person_relationship r JOIN core_person m ON m.id = r.from_person_id"
            + " JOIN core_person c ON c.id = r.to_person_id WHERE " + MOTHER;
    private static final String HAS_REMOVAL = " AND r.from_person_id IN (SELECT r2.from_person_id"
            + " FROM core_person_relationship r2 JOIN core_placement_episode e ON e.person_id = r2.to_person_id"
            + " WHERE r2.relationship_type IN ('MOTHER', 'PARENT') AND " + REMOVED + ")";
    private static final String OF_A_MOTHER = "e.person_id IN (SELECT r.to_person_id FROM core_person_relationship r"
            + " JOIN core_person m ON m.id = r.from_person_id WHERE " + MOTHER + ")";
    private static final String ORDERS = "SELECT e.person_id, e.period_id, e.legal_status, MIN(e.start_date)"
            + " FROM core_placement_episode e WHERE e.legal_status IN ('C2', 'E1')"
            + " AND " + OF_A_MOTHER + " GROUP BY e.person_id, e.period_id, e.legal_status";
    private static final String ADOPTIONS = "SELECT e.person_id, e.period_id, e.reason_ceased, e.end_date"
            + " FROM core_placement_episode e WHERE e.reason_ceased IN ('E11', 'E12') AND e.end_date IS NOT NULL"
            + " AND " + OF_A_MOTHER;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public FamilyRemovalHistories all() {
        return withOrders(links(LINKS + HAS_REMOVAL));
    }

    @Override
    public FamilyRemovalHistories ofMothers(Collection<Long> motherIds) {
        List<Long> ids = motherIds.stream().distinct().toList();
        List<MotherChildLink> links = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            String in = ids.subList(i, Math.min(ids.size(), i + CHUNK)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            links.addAll(links(LINKS + HAS_REMOVAL + " AND r.from_person_id IN (" + in + ")"));
        }
        return withOrders(links);
    }

    /** Orders of every child with a mother on record (court orders only, so few), kept for the children linked. */
    private FamilyRemovalHistories withOrders(List<MotherChildLink> links) {
        Set<Long> children = links.stream().map(MotherChildLink::childId).collect(Collectors.toSet());
        List<RemovalOrderRow> orders = new ArrayList<>();
        for (String sql : List.of(ORDERS, ADOPTIONS)) {
            for (Object row : em.createNativeQuery(sql).getResultList()) {
                Object[] r = (Object[]) row;
                long childId = ((Number) r[0]).longValue();
                if (children.contains(childId)) {
                    orders.add(new RemovalOrderRow(childId, ((Number) r[1]).longValue(), ((String) r[2]).trim(), date(r[3])));
                }
            }
        }
        return new FamilyRemovalHistories(links, orders);
    }

    private List<MotherChildLink> links(String sql) {
        List<MotherChildLink> links = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            links.add(new MotherChildLink(((Number) r[0]).longValue(), date(r[1]), ((Number) r[2]).longValue(), date(r[3])));
        }
        return links;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
