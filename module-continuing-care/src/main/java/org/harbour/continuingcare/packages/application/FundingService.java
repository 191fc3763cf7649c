package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.FunderTally;
import org.harbour.continuingcare.packages.domain.FundingSplit;
import org.harbour.continuingcare.packages.infrastructure.PackageRepository;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The funding matrix: per package, who pays what share from which date. A split must total
 * exactly 100%; a new split closes the one before it the day before it takes effect.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class FundingService {

    public static final String UPDATE = "CC_FUNDING_UPDATE";
    public static final String TOTALS = "CC_FUNDING_TOTALS_VIEW";

    @Inject
    private CareAccess access;

    @Inject
    private PackageService packages;

    @Inject
    private PackageRepository repository;

    @Inject
    private PackageViews views;

    public PackageView addSplit(long packageId, @NotNull @Valid SplitForm form) {
        CarePackage p = packages.carePackage(packageId, CarePermissions.COMMISSION, UPDATE);
        if (!FundingSplit.totalsWhole(form.getHealth(), form.getSocialCare(), form.getEducation())) {
            BigDecimal total = form.getHealth().add(form.getSocialCare()).add(form.getEducation());
            throw new InvalidInputException("health", "The shares total " + total.stripTrailingZeros().toPlainString()
                    + "%; they must total exactly 100%.");
        }
        List<FundingSplit> existing = repository.splitsOf(packageId);
        FundingSplit latest = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        if (latest != null && !form.getEffectiveFrom().isAfter(latest.getEffectiveFrom())) {
            throw new InvalidInputException("effectiveFrom", "A new split must take effect after the current one (from "
                    + latest.getEffectiveFrom() + ").");
        }
        if (latest != null) {
            latest.endOn(form.getEffectiveFrom().minusDays(1));
        }
        repository.addSplit(p, new FundingSplit(packageId, form.getEffectiveFrom(), form.getHealth(), form.getSocialCare(),
                form.getEducation(), access.username(), access.clock().instant()));
        access.success(UPDATE, p.getPersonId(), "package " + packageId + " split from " + form.getEffectiveFrom());
        return views.of(p, access.today());
    }

    /** Totals by funder of the agreed packages running on the day, each by the split in force then. */
    public FunderTotals totals(LocalDate on) {
        access.requirePermission(CarePermissions.COMMISSION, TOTALS, "module", "continuing-care");
        FunderTally tally = new FunderTally(on);
        for (CarePackage p : repository.agreed()) {
            tally.add(p, repository.splitsOf(p.getId()));
        }
        access.success(TOTALS, "module", "continuing-care", "packages " + tally.getPackages());
        return new FunderTotals(tally);
    }
}
