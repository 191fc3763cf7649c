package org.harbour.youthjustice.court.application;

import org.harbour.youthjustice.court.domain.Hearing;

import java.io.Serializable;
import java.time.LocalDate;

/** A hearing as the diary, the child's court page and the API show it. */
public class HearingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final Long offenceId;
    private final LocalDate hearingOn;
    private final String courtName;
    private final String purpose;
    private final String purposeLabel;
    private final String result;
    private final long version;

    public HearingView(Hearing h, String childName) {
        this.id = h.getId();
        this.personId = h.getPersonId();
        this.childName = childName;
        this.offenceId = h.getOffenceId();
        this.hearingOn = h.getHearingOn();
        this.courtName = h.getCourtName();
        this.purpose = h.getPurpose().name();
        this.purposeLabel = h.getPurpose().getLabel();
        this.result = h.getResult();
        this.version = h.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public Long getOffenceId() {
        return offenceId;
    }

    public LocalDate getHearingOn() {
        return hearingOn;
    }

    public String getCourtName() {
        return courtName;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getPurposeLabel() {
        return purposeLabel;
    }

    public String getResult() {
        return result;
    }

    public long getVersion() {
        return version;
    }
}
