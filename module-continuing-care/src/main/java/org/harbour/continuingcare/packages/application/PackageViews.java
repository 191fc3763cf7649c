package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.ReviewSchedule;
import org.harbour.continuingcare.packages.infrastructure.PackageRepository;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;
import java.util.List;

/** Builds package views with their splits and next review; no checks here, callers have made them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PackageViews {

    public static final String FIRST_REVIEW_MONTHS = "first-review-months";

    @Inject
    private PackageRepository repository;

    @Inject
    private ModuleSettings settings;

    public PackageView of(CarePackage p, LocalDate today) {
        return new PackageView(p, repository.splitsOf(p.getId()), nextReviewDue(p), today);
    }

    /** Reviews are due for agreed packages only: the first months after the start, then yearly after the latest. */
    public LocalDate nextReviewDue(CarePackage p) {
        if (!p.isAgreed()) {
            return null;
        }
        return ReviewSchedule.nextDue(p.getStartDate(), repository.latestReviewOn(p.getId()), firstReviewMonths());
    }

    public int firstReviewMonths() {
        return ReviewSchedule.firstReviewMonths(settings.value("continuing-care", FIRST_REVIEW_MONTHS).orElse(null));
    }

    /** The child's packages as views, latest start first. */
    public List<PackageView> ofPerson(long personId, LocalDate today) {
        return repository.ofPerson(personId).stream().map(p -> of(p, today)).toList();
    }
}
