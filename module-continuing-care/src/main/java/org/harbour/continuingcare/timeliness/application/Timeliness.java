package org.harbour.continuingcare.timeliness.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.referral.infrastructure.ReferralRepository;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Days from referral to decision across the module, counted from the referrals themselves:
 * the median for decided cases, the longest wait now, and the cases waiting past the expectation
 * (module setting {@code decision-expectation-weeks}, six by default). Figures only, no names.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = ActionRefusedException.class)
@Requires(CarePermissions.ACCESS)
public class Timeliness {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ModuleSettings settings;

    @Inject
    private CareAccess access;

    public TimelinessSummary summary(LocalDate today) {
        access.requirePermission(CarePermissions.ACCESS, "CC_TIMELINESS_VIEW", "module", "continuing-care");
        int weeks = settings.intValue("continuing-care", "decision-expectation-weeks");
        List<Referral> all = referrals.all();
        List<Long> decided = all.stream().filter(r -> r.getDecidedOn() != null)
                .map(r -> ChronoUnit.DAYS.between(r.getReferredOn(), r.getDecidedOn())).sorted().toList();
        List<Long> waiting = all.stream().filter(r -> !r.isDecided())
                .map(r -> ChronoUnit.DAYS.between(r.getReferredOn(), today)).toList();
        return new TimelinessSummary(median(decided), decided.size(),
                waiting.stream().max(Long::compare).orElse(null), waiting.size(),
                (int) waiting.stream().filter(d -> d > weeks * 7L).count(), weeks);
    }

    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
