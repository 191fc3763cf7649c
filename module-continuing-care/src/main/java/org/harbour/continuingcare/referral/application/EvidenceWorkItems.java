package org.harbour.continuingcare.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.referral.infrastructure.ReferralRepository;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Referrals in "My work" while still waiting on health evidence: chased two weeks after the referral. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceWorkItems implements WorkItemSource {

    public static final int EVIDENCE_CHASE_DAYS = 14;
    private static final int CHUNK = 500;

    @Inject
    private ReferralRepository referrals;

    @Override
    public String moduleId() {
        return "continuing-care";
    }

    @Requires(CarePermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (Referral r : referrals.collectingEvidence(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                if (r.gaps().isEmpty()) {
                    continue;
                }
                LocalDate due = r.getReferredOn().plusDays(EVIDENCE_CHASE_DAYS);
                items.add(new WorkItem(moduleId(), r.getPersonId(), "Continuing care referral waiting on evidence ("
                        + r.gaps().size() + " item(s) missing)", due, due.isBefore(today),
                        "/continuing-care/referral?id=" + r.getId()));
            }
        }
        return items;
    }
}
