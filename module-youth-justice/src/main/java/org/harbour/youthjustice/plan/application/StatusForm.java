package org.harbour.youthjustice.plan.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.io.Serializable;
import java.time.LocalDate;

/** The child's status at the start or end of an order or intervention. */
public class StatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Say whether this is about an order or an intervention.")
    private String subjectType;

    @NotNull(message = "Choose the order or intervention.")
    private Long subjectId;

    @NotBlank(message = "Say whether this is the start or the end.")
    private String point;

    @NotNull(message = "Enter the day the status was taken.")
    @PastOrPresent(message = "A status cannot be taken in the future.")
    private LocalDate assessedOn;

    private boolean accommodationSuitable;
    private int educationHoursOffered;
    private int educationHoursAttended;
    private boolean neet;
    private boolean sendNeed;
    private boolean sendPlan;
    private boolean mentalHealthNeed;
    private boolean mentalHealthOffered;
    private boolean mentalHealthAttending;
    private boolean substanceMisuseNeed;
    private boolean substanceMisuseOffered;
    private boolean substanceMisuseAttending;

    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String v) { this.subjectType = v; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long v) { this.subjectId = v; }
    public String getPoint() { return point; }
    public void setPoint(String v) { this.point = v; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate v) { this.assessedOn = v; }
    public boolean isAccommodationSuitable() { return accommodationSuitable; }
    public void setAccommodationSuitable(boolean v) { this.accommodationSuitable = v; }
    public int getEducationHoursOffered() { return educationHoursOffered; }
    public void setEducationHoursOffered(int v) { this.educationHoursOffered = v; }
    public int getEducationHoursAttended() { return educationHoursAttended; }
    public void setEducationHoursAttended(int v) { this.educationHoursAttended = v; }
    public boolean isNeet() { return neet; }
    public void setNeet(boolean v) { this.neet = v; }
    public boolean isSendNeed() { return sendNeed; }
    public void setSendNeed(boolean v) { this.sendNeed = v; }
    public boolean isSendPlan() { return sendPlan; }
    public void setSendPlan(boolean v) { this.sendPlan = v; }
    public boolean isMentalHealthNeed() { return mentalHealthNeed; }
    public void setMentalHealthNeed(boolean v) { this.mentalHealthNeed = v; }
    public boolean isMentalHealthOffered() { return mentalHealthOffered; }
    public void setMentalHealthOffered(boolean v) { this.mentalHealthOffered = v; }
    public boolean isMentalHealthAttending() { return mentalHealthAttending; }
    public void setMentalHealthAttending(boolean v) { this.mentalHealthAttending = v; }
    public boolean isSubstanceMisuseNeed() { return substanceMisuseNeed; }
    public void setSubstanceMisuseNeed(boolean v) { this.substanceMisuseNeed = v; }
    public boolean isSubstanceMisuseOffered() { return substanceMisuseOffered; }
    public void setSubstanceMisuseOffered(boolean v) { this.substanceMisuseOffered = v; }
    public boolean isSubstanceMisuseAttending() { return substanceMisuseAttending; }
    public void setSubstanceMisuseAttending(boolean v) { this.substanceMisuseAttending = v; }
}
