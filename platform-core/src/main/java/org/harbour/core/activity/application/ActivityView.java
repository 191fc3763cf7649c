package org.harbour.core.activity.application;

import org.harbour.core.activity.domain.Activity;
import org.harbour.core.activity.domain.ActivityKind;
import org.harbour.core.activity.domain.CaseNote;
import org.harbour.core.activity.domain.Review;
import org.harbour.core.activity.domain.Supervision;
import org.harbour.core.activity.domain.Visit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An activity as pages and the API show it, with whether the signed-in user may edit it. */
public final class ActivityView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final long personId;
    private final ActivityKind kind;
    private final String title;
    private final ActivityForm form;
    private final String recordedBy;
    private final Instant recordedAt;
    private final String changedBy;
    private final Instant changedAt;
    private final boolean editable;
    private final String contact;

    private ActivityView(Activity a, ActivityForm form, boolean editable) {
        this.id = a.getId();
        this.version = a.getVersion();
        this.personId = a.getPersonId();
        this.kind = a.getKind();
        this.title = a.getTitle();
        this.form = form;
        this.recordedBy = a.getRecordedBy();
        this.recordedAt = a.getRecordedAt();
        this.changedBy = a.getChangedBy();
        this.changedAt = a.getChangedAt();
        this.editable = editable;
        this.contact = a.getContactSummary();
    }

    /** How contact was made and who was present, e.g. "Face to face; present: child, mother"; may be null. */
    public String getContact() {
        return contact;
    }

    static ActivityView of(Activity a, String viewer) {
        ActivityForm form = new ActivityForm();
        form.setDate(a.getOccurredOn());
        form.setText(a.getBody());
        form.setVersion(a.getVersion());
        form.setContactMethod(a.getContactMethod());
        form.setPresent(a.getPresent());
        if (a instanceof Visit v) {
            form.setVisitType(v.getVisitType());
            form.setChildSeen(v.isChildSeen());
            form.setSeenAlone(v.isSeenAlone());
        } else if (a instanceof Supervision s) {
            form.setSupervisor(s.getSupervisor());
        } else if (a instanceof Review r) {
            form.setReviewType(r.getReviewType());
            form.setOutcome(r.getOutcome());
            form.setParticipationCode(r.getParticipationCode());
        } else if (a instanceof CaseNote n) {
            form.setSubject(n.getSubject());
        }
        return new ActivityView(a, form, a.getRecordedBy().equals(viewer));
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPersonId() {
        return personId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kind.getLabel();
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return form.getDate();
    }

    /** The recorded values, as a form a page can show or copy for editing. */
    public ActivityForm getForm() {
        return form;
    }

    public String getText() {
        return form.getText();
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** Only the worker who recorded an activity may change it; others read it. */
    public boolean isEditable() {
        return editable;
    }
}
