package org.harbour.youthjustice.court.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The court's sentence for an offence: a code of the outcome list (a fine, a discharge or an order),
 * the day, and for an order its length in months, an extended sentence's extension period and a
 * youth rehabilitation order's requirements.
 */
public class SentenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose the sentence.")
    private String type;

    private Long offenceId;

    @NotNull(message = "Enter the day of the sentence.")
    @PastOrPresent(message = "A sentence cannot be in the future.")
    private LocalDate sentencedOn;

    private Integer months;

    private Integer extensionMonths;

    private List<String> requirements = new ArrayList<>();

    @Size(max = 500, message = "Keep the note to 500 characters.")
    private String note;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getOffenceId() {
        return offenceId;
    }

    public void setOffenceId(Long offenceId) {
        this.offenceId = offenceId;
    }

    public LocalDate getSentencedOn() {
        return sentencedOn;
    }

    public void setSentencedOn(LocalDate sentencedOn) {
        this.sentencedOn = sentencedOn;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public List<String> getRequirements() {
        return requirements;
    }

    public void setRequirements(List<String> requirements) {
        this.requirements = requirements == null ? new ArrayList<>() : new ArrayList<>(requirements);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
