package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.infrastructure.PackageRepository;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Continuing care in "My work": reviews of agreed packages, due or overdue, until the package has ended. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PackageReviewWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;

    @Inject
    private PackageRepository repository;

    @Inject
    private PackageViews packages;

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
            for (CarePackage p : repository.agreedOf(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                if (p.hasEndedBy(today)) {
                    continue;
                }
                LocalDate due = packages.nextReviewDue(p);
                items.add(new WorkItem(moduleId(), p.getPersonId(), "Continuing care review due (" + p.getType().getLabel()
                        + ", " + p.getProvider() + ")", due, due.isBefore(today),
                        "/continuing-care/referral?id=" + p.getReferralId()));
            }
        }
        return items;
    }
}
