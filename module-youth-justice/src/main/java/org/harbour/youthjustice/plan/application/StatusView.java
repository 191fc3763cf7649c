package org.harbour.youthjustice.plan.application;

import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.StatusFacts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The child's status at the start or end of an order or intervention, as pages and the API show it. */
public class StatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
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
    private final Boolean mentalHealthNeed;
    private final Boolean mentalHealthOffered;
    private final Boolean mentalHealthAttending;
    private final Boolean substanceMisuseNeed;
    private final Boolean substanceMisuseOffered;
    private final Boolean substanceMisuseAttending;
    private final long version;

    private final List<String> widerServices;

    public StatusView(ChildStatus s) {
        this(s, true, null);
    }

    /**
     * @param withHealth whether the reader holds {@code youth-justice:health}: without it the mental
     *                   health and substance misuse answers are withheld (null, left out of JSON)
     */
    public StatusView(ChildStatus s, boolean withHealth) {
        this(s, withHealth, null);
    }

    /** @param widerServices the social care record's wider services open on the status's day, or null when not read */
    public StatusView(ChildStatus s, boolean withHealth, List<String> widerServices) {
        this.widerServices = widerServices == null ? null : List.copyOf(widerServices);
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
        this.mentalHealthNeed = withHealth ? f.mentalHealthNeed() : null;
        this.mentalHealthOffered = withHealth ? f.mentalHealthOffered() : null;
        this.mentalHealthAttending = withHealth ? f.mentalHealthAttending() : null;
        this.substanceMisuseNeed = withHealth ? f.substanceMisuseNeed() : null;
        this.substanceMisuseOffered = withHealth ? f.substanceMisuseOffered() : null;
        this.substanceMisuseAttending = withHealth ? f.substanceMisuseAttending() : null;
        this.version = s.getVersion();
    }

    public Long getId() { return id; }
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
    public Boolean getMentalHealthNeed() { return mentalHealthNeed; }
    public Boolean getMentalHealthOffered() { return mentalHealthOffered; }
    public Boolean getMentalHealthAttending() { return mentalHealthAttending; }
    public Boolean getSubstanceMisuseNeed() { return substanceMisuseNeed; }
    public Boolean getSubstanceMisuseOffered() { return substanceMisuseOffered; }
    public Boolean getSubstanceMisuseAttending() { return substanceMisuseAttending; }
    /** Whether the health answers are shown: withheld from a reader without {@code youth-justice:health}. */
    public boolean isHealthShown() { return mentalHealthNeed != null; }
    public long getVersion() { return version; }
    /** Early help, a child in need or protection plan, looked after: what the social care record had open that day. */
    public List<String> getWiderServices() { return widerServices; }
    /** The wider services in words for the page: "None" when the record had none open that day. */
    @jakarta.json.bind.annotation.JsonbTransient
    public String getWiderServicesInWords() { return widerServices == null || widerServices.isEmpty() ? "None" : String.join(", ", widerServices); }
}
