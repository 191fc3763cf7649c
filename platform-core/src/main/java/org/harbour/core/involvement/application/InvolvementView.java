package org.harbour.core.involvement.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An involvement as it is recorded, with what the lists show beside it: a one-line summary of its
 * codes and, where a statutory timescale applies, the due date and where it stands.
 */
public class InvolvementView extends InvolvementForm {

    private static final long serialVersionUID = 1L;

    private String kindLabel;
    private String summary;
    private boolean open;
    private String timescale;
    private LocalDate dueOn;
    private String timescaleState;
    private String recordedBy;
    private Instant recordedAt;
    private String updatedBy;
    private Instant updatedAt;

    public String getKindLabel() {
        return kindLabel;
    }

    public void setKindLabel(String kindLabel) {
        this.kindLabel = kindLabel;
    }

    /** The codes in words, e.g. {@code Source 1B: Individual: acquaintance...}. */
    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    /** The timescale that applies, e.g. {@code Single assessment (45 working days from referral)}. */
    public String getTimescale() {
        return timescale;
    }

    public void setTimescale(String timescale) {
        this.timescale = timescale;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    /** {@code DUE}, {@code OVERDUE}, {@code MET} or {@code MISSED}; null when no timescale applies. */
    public String getTimescaleState() {
        return timescaleState;
    }

    public void setTimescaleState(String timescaleState) {
        this.timescaleState = timescaleState;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
