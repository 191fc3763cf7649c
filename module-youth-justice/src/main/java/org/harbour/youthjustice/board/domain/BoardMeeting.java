package org.harbour.youthjustice.board.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting of the youth justice management board: the day, the partners present, who attended,
 * a summary of the minutes, and the KPI figures presented (the period's, frozen when recorded).
 */
@Entity(name = "YjBoardMeeting")
@Table(name = "youth_justice_board_meeting")
public class BoardMeeting extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(nullable = false, length = 2000)
    private String attendees;

    @Column(name = "minutes_summary", nullable = false, length = 4000)
    private String minutesSummary;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "youth_justice_board_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false, length = 40)
    private Set<StatutoryPartner> partnersPresent = EnumSet.noneOf(StatutoryPartner.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "youth_justice_board_figure", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "figure_order")
    private List<BoardFigure> figures = new ArrayList<>();

    protected BoardMeeting() {
    }

    public BoardMeeting(LocalDate metOn, Set<StatutoryPartner> present, String attendees, String minutesSummary, LocalDate periodFrom,
                        LocalDate periodTo, List<KpiFigure> figures, String by, Instant at) {
        super(by, at);
        this.metOn = metOn;
        if (!present.isEmpty()) {
            this.partnersPresent = EnumSet.copyOf(present);
        }
        this.attendees = attendees;
        this.minutesSummary = minutesSummary;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        figures.forEach(f -> this.figures.add(new BoardFigure(f)));
    }

    /** Every statutory partner was present. */
    public static boolean quorate(Set<StatutoryPartner> present) {
        return Arrays.stream(StatutoryPartner.values()).filter(StatutoryPartner::isStatutory).allMatch(present::contains);
    }

    /** The minutes can be corrected after the meeting; the figures presented cannot. */
    public void correctMinutes(String attendees, String minutesSummary, Set<StatutoryPartner> present) {
        this.attendees = attendees;
        this.minutesSummary = minutesSummary;
        this.partnersPresent = present.isEmpty() ? EnumSet.noneOf(StatutoryPartner.class) : EnumSet.copyOf(present);
    }

    public Long getId() { return id; }
    public LocalDate getMetOn() { return metOn; }
    public String getAttendees() { return attendees; }
    public String getMinutesSummary() { return minutesSummary; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Set<StatutoryPartner> getPartnersPresent() { return Set.copyOf(partnersPresent); }
    public List<KpiFigure> getFigures() { return figures.stream().map(BoardFigure::figure).toList(); }
}
