package org.harbour.youthjustice.board.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A board meeting as recorded: the day, partners present, attendees, the minutes' summary and the months of KPIs presented. */
public class BoardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the board met.")
    @PastOrPresent(message = "Record a meeting once it has taken place.")
    private LocalDate metOn;

    /** Partner codes ({@code POLICE}, {@code HEALTH}...). */
    private List<String> partnersPresent = new ArrayList<>();

    @NotBlank(message = "Name who attended.")
    @Size(max = 2000, message = "The attendees are at most 2,000 characters.")
    private String attendees;

    @NotBlank(message = "Summarise the minutes.")
    @Size(max = 4000, message = "The summary is at most 4,000 characters.")
    private String minutesSummary;

    @Min(value = 1, message = "The KPIs presented cover 1 to 24 months.")
    @Max(value = 24, message = "The KPIs presented cover 1 to 24 months.")
    private int months = 3;

    private Long version;

    public LocalDate getMetOn() { return metOn; }
    public void setMetOn(LocalDate metOn) { this.metOn = metOn; }
    public List<String> getPartnersPresent() { return partnersPresent; }
    public void setPartnersPresent(List<String> v) { this.partnersPresent = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public String getMinutesSummary() { return minutesSummary; }
    public void setMinutesSummary(String minutesSummary) { this.minutesSummary = minutesSummary; }
    public int getMonths() { return months; }
    public void setMonths(int months) { this.months = months; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
