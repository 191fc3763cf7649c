package org.harbour.continuingcare.panel.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.access.web.Refusals;
import org.omnifaces.util.Messages;
import org.harbour.continuingcare.panel.application.DecisionForm;
import org.harbour.continuingcare.panel.application.MeetingView;
import org.harbour.continuingcare.panel.application.PanelService;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.harbour.continuingcare.referral.application.ReferralView;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Backs continuing-care/meeting.xhtml: the agenda, attendance and the decisions of one panel meeting. */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PanelService panels;

    @Inject
    private CareAccess access;

    private Long id;
    private MeetingView meeting;
    private List<ReferralView> ready = List.of();
    private Long referralToList;
    private List<String> present = new ArrayList<>();
    private final Map<Long, DecisionForm> decisions = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            refresh();
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    private void refresh() {
        meeting = panels.meeting(id);
        present = new ArrayList<>(meeting.getMembers().stream().filter(MeetingView.MemberView::isPresent)
                .map(m -> Long.toString(m.getId())).toList());
        ready = access.has(CarePermissions.PANEL_MEMBER) ? panels.readyFor(PanelFunction.valueOf(meeting.getFunction())) : List.of();
        decisions.clear();
        meeting.getItems().forEach(i -> {
            DecisionForm form = new DecisionForm();
            form.setVersion(i.getVersion());
            decisions.put(i.getId(), form);
        });
    }

    public void listCase() {
        if (Refusals.attempt("agenda-form", Map.of("referralId", "referral"), () -> panels.list(id,
                referralToList == null ? -1 : referralToList))) {
            refresh();
            Messages.addGlobalInfo("Case listed.");
        }
    }

    public void saveAttendance() {
        if (Refusals.attempt("attendance-form", Map.of(), () -> panels.recordAttendance(id,
                new HashSet<>(present.stream().map(Long::valueOf).toList()), meeting.getVersion()))) {
            refresh();
            Messages.addGlobalInfo(meeting.isQuorate() ? "Attendance recorded: the panel is quorate." : "Attendance recorded: the panel is NOT quorate.");
        }
    }

    public void decide(long itemId) {
        DecisionForm form = decisions.get(itemId);
        if (Refusals.attempt("agenda", Map.of(), () -> panels.decide(itemId, form))) {
            refresh();
            Messages.addGlobalInfo("Decision recorded. The family's letter is ready to send.");
        }
    }

    public boolean isMayChair() {
        return access.has(CarePermissions.PANEL_CHAIR);
    }

    public boolean isMayList() {
        return access.has(CarePermissions.PANEL_MEMBER);
    }

    public List<Outcome> getOutcomes() {
        return Arrays.asList(Outcome.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<ReferralView> getReady() {
        return ready;
    }

    public Long getReferralToList() {
        return referralToList;
    }

    public void setReferralToList(Long referralToList) {
        this.referralToList = referralToList;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present;
    }

    public Map<Long, DecisionForm> getDecisions() {
        return decisions;
    }
}
