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

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.board.domain.KpiSet;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    private static final int QUARTERS_OFFERED = 8;

    private int months = 6;
    private String quarter;
    private BoardForm meeting = new BoardForm();
    private transient List<KpiFigure> kpis;
    private transient List<BoardMeetingView> meetings;

    public void load() {
        meeting.setMetOn(access.today());
    }

    public List<KpiFigure> getKpis() {
        if (kpis == null) {
            kpis = quarter == null || quarter.isBlank() ? board.kpiSet(months) : board.kpiSetOfQuarter(quarterStart());
        }
        return kpis;
    }

    /** What the KPI set covers, in words. */
    public String getPeriodLabel() {
        return quarter == null || quarter.isBlank() ? "last " + months + " months" : KpiSet.quarterLabel(quarterStart());
    }

    /** The scrutiny PDF's query for the period shown. */
    public String getPeriodQuery() {
        return quarter == null || quarter.isBlank() ? "months=" + months : "quarter=" + quarterStart();
    }

    private LocalDate quarterStart() {
        try {
            return LocalDate.parse(quarter);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("quarter", "Choose a quarter from the list.");
        }
    }

    /** The YJB's reporting quarters begun, latest first: value the first day, label as the YJB names it. */
    public List<Map.Entry<String, String>> getQuarters() {
        LocalDate today = access.today();
        LocalDate start = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        List<Map.Entry<String, String>> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            LocalDate q = start.minusMonths(3L * i);
            quarters.add(Map.entry(q.toString(), KpiSet.quarterLabel(q) + (i == 0 ? " (so far)" : "")));
        }
        return quarters;
    }

    public String getQuarter() { return quarter; }
    /** Only a quarter the page offers is shown; any other value in the address is said and set aside. */
    public void setQuarter(String quarter) {
        this.kpis = null;
        if (quarter == null || quarter.isBlank() || getQuarters().stream().anyMatch(q -> q.getKey().equals(quarter))) {
            this.quarter = quarter;
            return;
        }
        this.quarter = null;
        Messages.addGlobalError("There is no such quarter to show. The last " + months
                + " months are shown: choose a quarter from the list.");
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
