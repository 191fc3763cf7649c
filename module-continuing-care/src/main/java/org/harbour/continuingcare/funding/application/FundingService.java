package org.harbour.continuingcare.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.common.application.CareAccess;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.continuingcare.funding.domain.FundingSplit;
import org.harbour.continuingcare.packages.application.PackageService;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.packages.application.PackageViews;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageStatus;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;

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

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CareAccess access;

    @Inject
    private PackageService packages;

    @Inject
    private PackageViews views;

    public PackageView addSplit(long packageId, @NotNull @Valid SplitForm form) {
        CarePackage p = packages.carePackage(packageId, CarePermissions.COMMISSION, UPDATE);
        if (!FundingSplit.totalsWhole(form.getHealth(), form.getSocialCare(), form.getEducation())) {
            BigDecimal total = form.getHealth().add(form.getSocialCare()).add(form.getEducation());
            throw new InvalidInputException("health", "The shares total " + total.stripTrailingZeros().toPlainString()
                    + "%; they must total exactly 100%.");
        }
        List<FundingSplit> existing = views.splitsOf(packageId);
        FundingSplit latest = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        if (latest != null && !form.getEffectiveFrom().isAfter(latest.getEffectiveFrom())) {
            throw new InvalidInputException("effectiveFrom", "A new split must take effect after the current one (from "
                    + latest.getEffectiveFrom() + ").");
        }
        if (latest != null) {
            latest.endOn(form.getEffectiveFrom().minusDays(1));
        }
        em.lock(p, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(new FundingSplit(packageId, form.getEffectiveFrom(), form.getHealth(), form.getSocialCare(),
                form.getEducation(), access.username(), access.clock().instant()));
        em.flush();
        access.success(UPDATE, p.getPersonId(), "package " + packageId + " split from " + form.getEffectiveFrom());
        return views.of(p, access.today());
    }

    /** Totals by funder of the agreed packages running on the day, each by the split in force then. */
    public FunderTotals totals(LocalDate on) {
        access.requirePermission(CarePermissions.COMMISSION, TOTALS, "module", "continuing-care");
        BigDecimal health = BigDecimal.ZERO;
        BigDecimal social = BigDecimal.ZERO;
        BigDecimal education = BigDecimal.ZERO;
        BigDecimal unsplit = BigDecimal.ZERO;
        int count = 0;
        BigDecimal hundred = BigDecimal.valueOf(100);
        for (CarePackage p : em.createQuery("select p from CarePackage p where p.status = :agreed", CarePackage.class)
                .setParameter("agreed", PackageStatus.AGREED).getResultList()) {
            if (!p.isActiveOn(on)) {
                continue;
            }
            count++;
            FundingSplit split = views.splitsOf(p.getId()).stream().filter(s -> s.isEffectiveOn(on)).findFirst().orElse(null);
            if (split == null) {
                unsplit = unsplit.add(p.getWeeklyCost());
                continue;
            }
            health = health.add(p.getWeeklyCost().multiply(split.getHealth()).divide(hundred));
            social = social.add(p.getWeeklyCost().multiply(split.getSocialCare()).divide(hundred));
            education = education.add(p.getWeeklyCost().multiply(split.getEducation()).divide(hundred));
        }
        access.success(TOTALS, "module", "continuing-care", "packages " + count);
        return new FunderTotals(on, count, health, social, education, unsplit);
    }
}
