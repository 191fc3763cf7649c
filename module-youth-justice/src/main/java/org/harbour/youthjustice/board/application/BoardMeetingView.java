package org.harbour.youthjustice.board.application;

import org.harbour.youthjustice.board.domain.BoardMeeting;
import org.harbour.youthjustice.board.domain.KpiFigure;
import org.harbour.youthjustice.board.domain.StatutoryPartner;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A board meeting as the board page and the API show it. */
public class BoardMeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final LocalDate metOn;
    private final List<String> partnersPresent;
    private final List<String> partnersAbsent;
    private final boolean quorate;
    private final String attendees;
    private final String minutesSummary;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    private final List<KpiFigure> figures;
    private final long version;

    public BoardMeetingView(BoardMeeting m) {
        this.id = m.getId();
        this.metOn = m.getMetOn();
        this.partnersPresent = Arrays.stream(StatutoryPartner.values()).filter(m.getPartnersPresent()::contains)
                .map(StatutoryPartner::getLabel).toList();
        this.partnersAbsent = Arrays.stream(StatutoryPartner.values()).filter(p -> p.isStatutory() && !m.getPartnersPresent().contains(p))
                .map(StatutoryPartner::getLabel).toList();
        this.quorate = BoardMeeting.quorate(m.getPartnersPresent());
        this.attendees = m.getAttendees();
        this.minutesSummary = m.getMinutesSummary();
        this.periodFrom = m.getPeriodFrom();
        this.periodTo = m.getPeriodTo();
        this.figures = m.getFigures();
        this.version = m.getVersion();
    }

    public long getId() { return id; }
    public LocalDate getMetOn() { return metOn; }
    public List<String> getPartnersPresent() { return partnersPresent; }
    /** The statutory partners who were not there. */
    public List<String> getPartnersAbsent() { return partnersAbsent; }
    public boolean isQuorate() { return quorate; }
    public String getAttendees() { return attendees; }
    public String getMinutesSummary() { return minutesSummary; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public List<KpiFigure> getFigures() { return figures; }
    public long getVersion() { return version; }
}
