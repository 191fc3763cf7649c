package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.people.StaffSummary;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The platform's {@link Staff}: staff accounts read into immutable summaries (never the password or its hash). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffSummaries implements Staff {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public Optional<StaffSummary> find(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
                .setParameter("u", username).getResultStream().findFirst().map(StaffSummaries::summary);
    }

    @Override
    public boolean inServiceArea(String username, String serviceAreaCode) {
        return em.createQuery("select count(u) from StaffUser u join u.serviceAreas s where u.username = :u and s.code = :area",
                Long.class).setParameter("u", username).setParameter("area", serviceAreaCode).getSingleResult() > 0;
    }

    @Override
    public List<StaffSummary> inServiceArea(String serviceAreaCode) {
        return em.createQuery("""
                        select distinct u from StaffUser u join u.serviceAreas s
                        where s.code = :area and u.active = true order by u.displayName""", StaffUser.class)
                .setParameter("area", serviceAreaCode).getResultStream().map(StaffSummaries::summary).toList();
    }

    private static StaffSummary summary(StaffUser u) {
        return new StaffSummary(u.getUsername(), u.getDisplayName(), u.getJobTitle(), u.isActive(),
                u.getRoles().stream().map(Role::getCode).collect(Collectors.toUnmodifiableSet()),
                u.getServiceAreas().stream().map(ServiceArea::getCode).collect(Collectors.toUnmodifiableSet()));
    }
}
