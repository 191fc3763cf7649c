package org.harbour.youthjustice.plan.application;

import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.StatusFacts;

import java.io.Serializable;
import java.time.LocalDate;

/** The child's status at the start or end of an order or intervention, as pages and the API show it. */
public class StatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String subjectType;
    private final long subjectId;
    private final String point;
    private final LocalDate assessedOn;
    private final boolean accommodationSuitable;
    private final int educationHoursOffered;
    private final int educationHoursAttended;
    private final boolean neet;
    private final boolean sendNeed;
    private final boolean sendPlan;
    private final boolean mentalHealthNeed;
    private final boolean mentalHealthOffered;
    private final boolean mentalHealthAttending;
    private final boolean substanceMisuseNeed;
    private final boolean substanceMisuseOffered;
    private final boolean substanceMisuseAttending;
    private final long version;

    public StatusView(ChildStatus s) {
        StatusFacts f = s.facts();
        this.id = s.getId();
        this.personId = s.getPersonId();
        this.subjectType = s.getSubjectType().name();
        this.subjectId = s.getSubjectId();
        this.point = s.getPoint().name();
        this.assessedOn = s.getAssessedOn();
        this.accommodationSuitable = f.accommodationSuitable();
        this.educationHoursOffered = f.educationHoursOffered();
        this.educationHoursAttended = f.educationHoursAttended();
        this.neet = f.neet();
        this.sendNeed = f.sendNeed();
        this.sendPlan = f.sendPlan();
        this.mentalHealthNeed = f.mentalHealthNeed();
        this.mentalHealthOffered = f.mentalHealthOffered();
        this.mentalHealthAttending = f.mentalHealthAttending();
        this.substanceMisuseNeed = f.substanceMisuseNeed();
        this.substanceMisuseOffered = f.substanceMisuseOffered();
        this.substanceMisuseAttending = f.substanceMisuseAttending();
        this.version = s.getVersion();
    }

    public long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public String getPoint() { return point; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public boolean isAccommodationSuitable() { return accommodationSuitable; }
    public int getEducationHoursOffered() { return educationHoursOffered; }
    public int getEducationHoursAttended() { return educationHoursAttended; }
    public boolean isNeet() { return neet; }
    public boolean isSendNeed() { return sendNeed; }
    public boolean isSendPlan() { return sendPlan; }
    public boolean isMentalHealthNeed() { return mentalHealthNeed; }
    public boolean isMentalHealthOffered() { return mentalHealthOffered; }
    public boolean isMentalHealthAttending() { return mentalHealthAttending; }
    public boolean isSubstanceMisuseNeed() { return substanceMisuseNeed; }
    public boolean isSubstanceMisuseOffered() { return substanceMisuseOffered; }
    public boolean isSubstanceMisuseAttending() { return substanceMisuseAttending; }
    public long getVersion() { return version; }
}
