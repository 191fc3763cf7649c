package org.harbour.continuingcare.common.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.packages.domain.PackageStatus;
import org.harbour.continuingcare.referral.domain.ReferralStatus;
import org.harbour.core.spi.module.ReachSource;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;

/**
 * Need to know of the Continuing Care team (the service area named by the module setting
 * {@code team-service-area}) for children other areas refer to it: a referral makes the child
 * reachable by the team while continuing care works with them, that is while a referral is
 * undecided or was decided in the last year (letters, appeals), a package is proposed or
 * running, or the child is on the Dynamic Support Register. The referring area keeps its own
 * reach through its allocation; no one else gains any.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContinuingCareReach implements ReachSource {

    public static final String TEAM_AREA = "team-service-area";
    private static final String DEFAULT_TEAM_AREA = "CONTINUING_CARE";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private ModuleSettings settings;

    @Inject
    private Staff staff;

    @Override
    public String moduleId() {
        return "continuing-care";
    }

    @Override
    public boolean reaches(long personId, String username, LocalDate today) {
        return inTeam(username) && workedWith(personId, today);
    }

    private boolean inTeam(String username) {
        String area = settings.value(moduleId(), TEAM_AREA).map(String::trim).filter(s -> !s.isEmpty()).orElse(DEFAULT_TEAM_AREA);
        return staff.inServiceArea(username, area);
    }

    private boolean workedWith(long personId, LocalDate today) {
        return em.createQuery("""
                        select count(r) from Referral r where r.personId = :p
                          and (r.status <> :decided or r.decidedOn >= :yearAgo)""", Long.class)
                .setParameter("p", personId).setParameter("decided", ReferralStatus.DECIDED)
                .setParameter("yearAgo", today.minusYears(1)).getSingleResult() > 0
                || em.createQuery("""
                        select count(c) from CarePackage c where c.personId = :p and c.status <> :ended
                          and (c.endDate is null or c.endDate >= :today)""", Long.class)
                .setParameter("p", personId).setParameter("ended", PackageStatus.ENDED).setParameter("today", today)
                .getSingleResult() > 0
                || em.createQuery("select count(e) from RegisterEntry e where e.personId = :p and e.closedOn is null", Long.class)
                .setParameter("p", personId).getSingleResult() > 0;
    }
}
