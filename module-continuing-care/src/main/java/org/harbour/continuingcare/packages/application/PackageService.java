package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageType;
import org.harbour.continuingcare.packages.domain.QualityRating;
import org.harbour.continuingcare.packages.infrastructure.PackageRepository;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Packages and placements: proposed for panel, agreed by commissioning (after an eligible panel
 * decision, except residential placements, which commissioning manages outside the panel), rated
 * at monitoring visits. The clinical review flag follows the annual cost on every save.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class PackageService {

    public static final String VIEW = "CC_PACKAGE_VIEW";
    public static final String CREATE = "CC_PACKAGE_CREATE";
    public static final String UPDATE = "CC_PACKAGE_UPDATE";

    @Inject
    private PackageRepository repository;

    @Inject
    private CareAccess access;

    @Inject
    private ReferralService referrals;

    @Inject
    private PackageViews views;

    @Inject
    private ClinicalReviewRule clinicalReview;

    public PackageView propose(long referralId, @NotNull @Valid PackageForm form) {
        Referral referral = referrals.referral(referralId, CarePermissions.COMMISSION, CREATE);
        CarePackage p = new CarePackage(referralId, referral.getPersonId(), access.username(), access.clock().instant());
        apply(p, form);
        repository.add(p);
        access.success(CREATE, p.getPersonId(), "package " + p.getId() + (p.isClinicalReviewRequired() ? " clinical review required" : ""));
        return views.of(p, access.today());
    }

    public PackageView update(long packageId, @NotNull @Valid PackageForm form) {
        CarePackage p = carePackage(packageId, CarePermissions.COMMISSION, UPDATE);
        checkVersion(p, form.getVersion());
        apply(p, form);
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, p.getPersonId(), "package " + packageId);
        return views.of(p, access.today());
    }

    /** Agrees a proposed package: it then runs from its start date and its reviews fall due. */
    public PackageView agree(long packageId, Long version) {
        CarePackage p = carePackage(packageId, CarePermissions.COMMISSION, UPDATE);
        checkVersion(p, version);
        if (!p.isProposed()) {
            throw new RuleRefusedException("status", "Only a proposed package can be agreed.", List.of());
        }
        if (!p.mayBeAgreed(referrals.behind(p.getReferralId()).isFoundEligible())) {
            throw new RuleRefusedException("status", "A " + p.getType().getLabel().toLowerCase(java.util.Locale.ROOT)
                    + " package is agreed only after the funding panel has found the child eligible.",
                    List.of("No eligible decision has been recorded for this referral."));
        }
        p.agree();
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, p.getPersonId(), "package " + packageId + " agreed");
        return views.of(p, access.today());
    }

    /** Records the quality found at a monitoring visit of the provider. */
    public PackageView rate(long packageId, String rating, LocalDate visitedOn, String note, Long version) {
        CarePackage p = carePackage(packageId, CarePermissions.COMMISSION, UPDATE);
        checkVersion(p, version);
        QualityRating quality;
        try {
            quality = QualityRating.valueOf(rating == null ? "" : rating.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rating", "Choose the rating the monitoring visit gave: outstanding, good, "
                    + "requires improvement or inadequate.");
        }
        if (visitedOn == null || visitedOn.isAfter(access.today())) {
            throw new InvalidInputException("visitedOn", "Enter the day of the monitoring visit (not in the future).");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "Keep the note to 2,000 characters.");
        }
        p.rate(quality, visitedOn, note == null || note.isBlank() ? null : note.trim());
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, p.getPersonId(), "package " + packageId + " rated " + quality);
        return views.of(p, access.today());
    }

    /** Marks the clinical review the package's cost required as held, with its outcome. */
    public PackageView clinicalReviewDone(long packageId, LocalDate on, String outcome, Long version) {
        CarePackage p = carePackage(packageId, CarePermissions.COMMISSION, UPDATE);
        checkVersion(p, version);
        if (!p.isClinicalReviewRequired()) {
            throw new RuleRefusedException("clinicalReviewDoneOn", "No clinical review is required for this package: its annual cost is "
                    + "not above the threshold.", List.of());
        }
        if (on == null || on.isAfter(access.today())) {
            throw new InvalidInputException("clinicalReviewDoneOn", "Enter the day of the clinical review (not in the future).");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new InvalidInputException("clinicalReviewOutcome", "Say what the clinical review concluded.");
        }
        if (outcome.length() > 2000) {
            throw new InvalidInputException("clinicalReviewOutcome", "Keep the outcome to 2,000 characters.");
        }
        p.clinicalReviewDone(on, outcome.trim());
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, p.getPersonId(), "package " + packageId + " clinical review done");
        return views.of(p, access.today());
    }

    public PackageView find(long packageId) {
        CarePackage p = carePackage(packageId, CarePermissions.ACCESS, VIEW);
        access.success(VIEW, p.getPersonId(), "package " + packageId);
        return views.of(p, access.today());
    }

    public List<PackageView> ofChild(long personId) {
        access.require(CarePermissions.ACCESS, VIEW, personId);
        List<PackageView> all = views.ofPerson(personId, access.today());
        access.success(VIEW, personId, "packages listed: " + all.size());
        return all;
    }

    public CarePackage carePackage(long packageId, String permission, String action) {
        CarePackage p = repository.find(packageId).orElse(null);
        if (p == null) {
            access.requirePermission(permission, action, "continuing-care-package", Long.toString(packageId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, p.getPersonId());
        return p;
    }

    private void apply(CarePackage p, PackageForm form) {
        PackageType type;
        try {
            type = PackageType.valueOf(form.getType().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "'" + form.getType() + "' is not a type of package.");
        }
        if (form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            throw new InvalidInputException("endDate", "A package cannot end before it starts.");
        }
        p.setProvider(form.getProvider().trim());
        p.setType(type);
        p.setStartDate(form.getStartDate());
        p.setEndDate(form.getEndDate());
        p.setWeeklyCost(form.getWeeklyCost().setScale(2, RoundingMode.HALF_UP));
        p.setClinicalReviewRequired(clinicalReview.requiresReview(p.getAnnualCost()));
    }

    static void checkVersion(CarePackage p, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (p.getVersion() != version) {
            throw new EditConflictException(p.getChangedBy(), p.getChangedAt());
        }
    }
}
