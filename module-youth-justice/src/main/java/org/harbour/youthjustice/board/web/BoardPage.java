package org.harbour.youthjustice.board.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.board.application.BoardForm;
import org.harbour.youthjustice.board.application.BoardMeetingView;
import org.harbour.youthjustice.board.application.BoardService;
import org.harbour.youthjustice.board.domain.KpiFigure;
import org.harbour.youthjustice.board.domain.StatutoryPartner;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/board.xhtml: the KPI set for the last months, the board's meetings with the
 * partners present and the figures presented, the form to record a meeting and the scrutiny PDF.
 * The service checks {@code youth-justice:measures} and audits.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BoardService board;

    @Inject
    private YjAccess access;

    private int months = 6;
    private BoardForm meeting = new BoardForm();
    private transient List<KpiFigure> kpis;
    private transient List<BoardMeetingView> meetings;

    public void load() {
        meeting.setMetOn(access.today());
    }

    public List<KpiFigure> getKpis() {
        if (kpis == null) {
            kpis = board.kpiSet(months);
        }
        return kpis;
    }

    public List<BoardMeetingView> getMeetings() {
        if (meetings == null) {
            meetings = board.meetings();
        }
        return meetings;
    }

    public void recordMeeting() {
        BoardMeetingView done = PageAction.on("meeting-form", Map.of("metOn", "met-on", "attendees", "attendees",
                "minutesSummary", "minutes", "months", "kpi-months", "partnersPresent", "partners")).call(() -> board.record(meeting));
        if (done != null) {
            meeting = new BoardForm();
            meeting.setMetOn(access.today());
            meetings = null;
            Messages.addGlobalInfo("Meeting recorded with the KPIs of " + done.getPeriodFrom() + " to " + done.getPeriodTo() + "."
                    + (done.isQuorate() ? "" : " Not every statutory partner was present."));
        }
    }

    public StatutoryPartner[] getPartners() {
        return StatutoryPartner.values();
    }

    public int getMonths() { return months; }
    public void setMonths(int months) {
        this.months = Math.max(1, Math.min(24, months));
        this.kpis = null;
    }
    public BoardForm getMeeting() { return meeting; }
}
