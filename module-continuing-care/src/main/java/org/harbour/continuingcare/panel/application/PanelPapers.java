package org.harbour.continuingcare.panel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.assessment.application.AssessmentService;
import org.harbour.continuingcare.assessment.application.AssessmentView;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.packages.application.PackageViews;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.infrastructure.PanelPapersPdf;
import org.harbour.continuingcare.referral.application.Children;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.time.LocalDate;
import java.util.List;

/**
 * The papers a panel reads and the letter a family receives. The paper puts the costs in front of
 * the panel: the current package, the proposed one and its proposed funding split; the clinical
 * summary goes in only for readers with the health-data permission. Each is audited as read.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class PanelPapers {

    public static final String PAPER = "CC_PANEL_PAPER_VIEW";
    public static final String LETTER = "CC_DECISION_LETTER_VIEW";

    @Inject
    private CareAccess access;

    @Inject
    private PanelService panels;

    @Inject
    private ReferralService referrals;

    @Inject
    private AssessmentService assessments;

    @Inject
    private PackageViews packages;

    @Inject
    private Children children;

    @Inject
    private PanelPapersPdf pdf;

    public byte[] paper(long itemId) {
        AgendaItem item = panels.item(itemId, CarePermissions.PANEL_MEMBER, PAPER);
        Referral referral = referrals.behind(item.getReferralId());
        LocalDate today = access.today();
        List<PackageView> all = packages.ofPerson(item.getPersonId(), today);
        PackageView current = all.stream().filter(PackageView::isRunning).findFirst().orElse(null);
        PackageView proposed = all.stream().filter(p -> p.isProposed() && p.getReferralId() == referral.getId())
                .findFirst().orElse(null);
        boolean healthData = access.has(CarePermissions.HEALTH_DATA);
        AssessmentView assessment = healthData ? assessments.behind(referral.getId()).orElse(null) : null;
        byte[] paper = pdf.paper(item, referral, children.nameOf(item.getPersonId()), current, proposed, healthData, assessment);
        access.success(PAPER, item.getPersonId(), "item " + itemId);
        return paper;
    }

    /** The letter telling the family of the decision, once it is recorded. */
    public byte[] letter(long itemId) {
        AgendaItem item = panels.item(itemId, CarePermissions.ACCESS, LETTER);
        if (item.getOutcome() == null) {
            throw new RuleRefusedException("outcome", "The panel has not decided yet, so there is no letter.", List.of());
        }
        byte[] letter = pdf.letter(item, children.nameOf(item.getPersonId()));
        access.success(LETTER, item.getPersonId(), "item " + itemId);
        return letter;
    }
}
