package org.harbour.continuingcare.pathway.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.access.web.Refusals;
import org.omnifaces.util.Messages;
import org.harbour.continuingcare.packages.application.FunderTotals;
import org.harbour.continuingcare.packages.application.FundingService;
import org.harbour.continuingcare.panel.application.PanelService;
import org.harbour.continuingcare.panel.domain.Meeting;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.application.ReferralView;
import org.harbour.core.spi.people.CaseloadChild;
import org.harbour.core.spi.people.Caseloads;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the module's landing page: open referrals, the user's own children to refer, panels and
 * their meetings, and the totals by funder for commissioners.
 */
@Named
@ViewScoped
public class ContinuingCareHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    @Inject
    private PanelService panels;

    @Inject
    private FundingService funding;

    @Inject
    private Caseloads caseloads;

    @Inject
    private CareAccess access;

    private List<ReferralView> open;
    private Map<Long, LocalDate> newMeeting = new LinkedHashMap<>();

    public List<ReferralView> getOpen() {
        if (open == null) {
            open = referrals.open();
        }
        return open;
    }

    /** Children on the user's caseload, to start a referral from. */
    public List<CaseloadChild> getMyChildren() {
        if (!access.has(CarePermissions.REFER)) {
            return List.of();
        }
        return caseloads.mine(LocalDate.now(Clock.systemUTC()));
    }

    public List<Panel> getPanels() {
        return panels.panels();
    }

    public List<Meeting> meetingsOf(long panelId) {
        List<Meeting> all = new ArrayList<>(panels.meetingsOf(panelId));
        return all.size() > 6 ? all.subList(0, 6) : all;
    }

    public void schedule(long panelId) {
        if (Refusals.attempt("panels-form", Map.of(), () -> panels.scheduleMeeting(panelId, newMeeting.get(panelId)))) {
            Messages.addGlobalInfo("Meeting scheduled.");
        }
    }

    public FunderTotals getTotals() {
        return access.has(CarePermissions.COMMISSION) ? funding.totals(LocalDate.now(Clock.systemUTC())) : null;
    }

    public boolean isMaySeeRegister() {
        return access.has(CarePermissions.HEALTH_DATA);
    }

    public boolean isMayAdminister() {
        return access.has(CarePermissions.ADMINISTER);
    }

    public boolean isMayChair() {
        return access.has(CarePermissions.PANEL_CHAIR);
    }

    public Map<Long, LocalDate> getNewMeeting() {
        return newMeeting;
    }
}
