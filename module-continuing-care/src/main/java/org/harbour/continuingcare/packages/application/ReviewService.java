package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageReview;
import org.harbour.continuingcare.packages.infrastructure.PackageRepository;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.time.LocalDate;
import java.util.List;

/** Reviews of agreed packages; the next falls due a year after each one. */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class ReviewService {

    public static final String CREATE = "CC_REVIEW_CREATE";

    @Inject
    private PackageRepository repository;

    @Inject
    private CareAccess access;

    @Inject
    private PackageService packages;

    @Inject
    private PackageViews views;

    public PackageView record(long packageId, LocalDate reviewedOn, String outcome) {
        CarePackage p = packages.carePackage(packageId, CarePermissions.REVIEW, CREATE);
        if (!p.isAgreed()) {
            throw new RuleRefusedException("status", "Only an agreed package is reviewed.", List.of());
        }
        if (reviewedOn == null || reviewedOn.isAfter(access.today()) || reviewedOn.isBefore(p.getStartDate())) {
            throw new InvalidInputException("reviewedOn", "Enter the day of the review: on or after the package started, not in the future.");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new InvalidInputException("outcome", "Say what the review found and decided.");
        }
        repository.addReview(new PackageReview(packageId, p.getPersonId(), reviewedOn, outcome.trim(), access.username(),
                access.clock().instant()));
        access.success(CREATE, p.getPersonId(), "package " + packageId + " reviewed " + reviewedOn);
        return views.of(p, access.today());
    }
}
