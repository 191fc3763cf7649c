package org.harbour.continuingcare.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.packages.application.PackageService;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.referral.application.ReferralView;

import java.util.List;

/** Backs the child's "Continuing care" tab: latest referral's status, current package, next review. */
@Named
@RequestScoped
public class ContinuingCareTab {

    @Inject
    private ReferralService referrals;

    @Inject
    private PackageService packages;

    @Inject
    private CareAccess access;

    private Long loadedFor;
    private List<ReferralView> referralList;
    private List<PackageView> packageList;

    private void load(long personId) {
        if (loadedFor == null || loadedFor != personId) {
            referralList = referrals.ofChild(personId);
            packageList = packages.ofChild(personId);
            loadedFor = personId;
        }
    }

    public ReferralView latest(long personId) {
        load(personId);
        return referralList.isEmpty() ? null : referralList.get(0);
    }

    public List<ReferralView> referrals(long personId) {
        load(personId);
        return referralList;
    }

    public List<PackageView> packages(long personId) {
        load(personId);
        return packageList;
    }

    /** The panel's decision on the referral in words. */
    public String outcomeLabel(ReferralView referral) {
        return Outcome.labelOf(referral.getOutcome());
    }

    public boolean isMayKeepRegister() {
        return access.has(CarePermissions.REVIEW) && access.has(CarePermissions.HEALTH_DATA);
    }

    public boolean isMayRefer() {
        return access.has(CarePermissions.REFER);
    }
}
