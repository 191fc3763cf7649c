package org.harbour.core.activity.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.harbour.core.activity.domain.ContactMethod;
import org.harbour.core.activity.domain.ReviewType;
import org.harbour.core.activity.domain.VisitType;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a worker enters for an activity, from a page or the API. Fields that do not belong to the
 * kind are ignored; those that do are checked by {@link ActivityService}.
 */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Give the date.")
    @PastOrPresent(message = "The date cannot be in the future.")
    private LocalDate date;

    private VisitType visitType;
    private boolean childSeen = true;
    private boolean seenAlone;

    @Size(max = 120, message = "Keep the supervisor's name under 120 characters.")
    private String supervisor;

    private ReviewType reviewType;

    /** PN0-PN7, for a looked-after review: how the child took part. */
    private String participationCode;

    @Size(max = 400, message = "Keep the outcome under 400 characters.")
    private String outcome;

    @Size(max = 200, message = "Keep the subject under 200 characters.")
    private String subject;

    /** Visit notes, supervision decisions or the text of a case note. */
    @Size(max = 8000, message = "Keep the text under 8,000 characters.")
    private String text;

    /** How contact was made (visits and notes). */
    private ContactMethod contactMethod;

    @Size(max = 400, message = "Keep who was present under 400 characters.")
    private String present;

    /** The version the user loaded, when editing. */
    private Long version;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public VisitType getVisitType() {
        return visitType;
    }

    public void setVisitType(VisitType visitType) {
        this.visitType = visitType;
    }

    public boolean isChildSeen() {
        return childSeen;
    }

    public void setChildSeen(boolean childSeen) {
        this.childSeen = childSeen;
    }

    public boolean isSeenAlone() {
        return seenAlone;
    }

    public void setSeenAlone(boolean seenAlone) {
        this.seenAlone = seenAlone;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getParticipationCode() {
        return participationCode;
    }

    public void setParticipationCode(String participationCode) {
        this.participationCode = participationCode;
    }

    public ReviewType getReviewType() {
        return reviewType;
    }

    public void setReviewType(ReviewType reviewType) {
        this.reviewType = reviewType;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(ContactMethod contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getPresent() {
        return present;
    }

    public void setPresent(String present) {
        this.present = present;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
