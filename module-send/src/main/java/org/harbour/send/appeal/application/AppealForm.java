package org.harbour.send.appeal.application;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.send.appeal.domain.AppealDetails;
import org.harbour.send.appeal.domain.TribunalOutcome;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What followed a decision, as sent by a page or the API: the outcome by its code name
 * (CONCEDED, WITHDRAWN, UPHELD, DISMISSED), and the version of the appeal read (0 before the first).
 */
public class AppealForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean adviceSought;
    private LocalDate certificateOn;
    private Boolean mediationHeld;
    private LocalDate mediationOn;
    private LocalDate appealLodgedOn;
    private String outcome;
    private LocalDate outcomeOn;
    private Long version;

    public AppealForm() {
    }

    /** A form filled from what is recorded, for editing. */
    public static AppealForm of(AppealView v) {
        AppealForm f = new AppealForm();
        f.adviceSought = v.isAdviceSought();
        f.certificateOn = v.getCertificateOn();
        f.mediationHeld = v.isMediationHeld();
        f.mediationOn = v.getMediationOn();
        f.appealLodgedOn = v.getAppealLodgedOn();
        f.outcome = v.getOutcome();
        f.outcomeOn = v.getOutcomeOn();
        f.version = v.getVersion();
        return f;
    }

    public AppealDetails details() {
        TribunalOutcome o = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                o = TribunalOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("outcome", "Choose the outcome: conceded, withdrawn, upheld or dismissed.");
            }
        }
        return new AppealDetails(Boolean.TRUE.equals(adviceSought), certificateOn, Boolean.TRUE.equals(mediationHeld), mediationOn,
                appealLodgedOn, o, outcomeOn);
    }

    public Boolean getAdviceSought() {
        return adviceSought;
    }

    public void setAdviceSought(Boolean adviceSought) {
        this.adviceSought = adviceSought;
    }

    public LocalDate getCertificateOn() {
        return certificateOn;
    }

    public void setCertificateOn(LocalDate certificateOn) {
        this.certificateOn = certificateOn;
    }

    public Boolean getMediationHeld() {
        return mediationHeld;
    }

    public void setMediationHeld(Boolean mediationHeld) {
        this.mediationHeld = mediationHeld;
    }

    public LocalDate getMediationOn() {
        return mediationOn;
    }

    public void setMediationOn(LocalDate mediationOn) {
        this.mediationOn = mediationOn;
    }

    public LocalDate getAppealLodgedOn() {
        return appealLodgedOn;
    }

    public void setAppealLodgedOn(LocalDate appealLodgedOn) {
        this.appealLodgedOn = appealLodgedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
