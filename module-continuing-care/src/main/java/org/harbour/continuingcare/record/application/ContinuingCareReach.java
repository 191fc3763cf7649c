package org.harbour.continuingcare.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.dsr.infrastructure.RegisterRepository;
import org.harbour.continuingcare.packages.infrastructure.PackageRepository;
import org.harbour.continuingcare.referral.infrastructure.ReferralRepository;
import org.harbour.core.spi.module.ReachSource;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Inject
    private ReferralRepository referrals;

    @Inject
    private PackageRepository packages;

    @Inject
    private RegisterRepository register;

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

    /** The team is asked about once for the whole list: most staff are not in it, and then reach no one here. */
    @Override
    public Set<Long> reachedOf(Collection<Long> personIds, String username, LocalDate today) {
        if (!inTeam(username)) {
            return Set.of();
        }
        return personIds.stream().filter(personId -> workedWith(personId, today)).collect(Collectors.toSet());
    }

    private boolean inTeam(String username) {
        String area = settings.value(moduleId(), TEAM_AREA).map(String::trim).filter(s -> !s.isEmpty()).orElse(DEFAULT_TEAM_AREA);
        return staff.inServiceArea(username, area);
    }

    private boolean workedWith(long personId, LocalDate today) {
        return referrals.openOrDecidedSince(personId, today.minusYears(1))
                || packages.proposedOrRunning(personId, today)
                || register.isOnRegister(personId);
    }
}
