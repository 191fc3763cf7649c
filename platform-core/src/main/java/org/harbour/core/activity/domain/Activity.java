package org.harbour.core.activity.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something done on a child's case on a date and recorded by a worker: a visit, a supervision,
 * a review or a case note. All kinds share one table so a child's timeline is one query.
 */
@Entity
@Table(name = "core_activity")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id", nullable = false)
    private CaseFile caseFile;

    /** The child, kept beside the case for the record's queries. */
    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    /** Visit notes, supervision decisions or the case note's text. */
    @Column(length = 8000)
    private String body;

    /** How contact was made, for visits and notes of a contact; null where it does not apply. */
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method", length = 20)
    private ContactMethod contactMethod;

    /** Who was present or took part, as the worker wrote it (e.g. "Child, mother, health visitor"). */
    @Column(length = 400)
    private String present;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Embedded
    @AttributeOverride(name = "updatedBy", column = @Column(name = "changed_by", length = 80))
    @AttributeOverride(name = "updatedAt", column = @Column(name = "changed_at"))
    private Stamp stamp;

    @Version
    private long version;

    protected Activity() {
    }

    protected Activity(CaseFile caseFile, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
        this.caseFile = caseFile;
        this.personId = caseFile.getPerson().getId();
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public abstract ActivityKind getKind();

    /** One line for lists and the chronology, e.g. "CP visit: child seen alone". */
    public abstract String getTitle();

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
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

    /** E.g. "Face to face; present: child, mother", or null when neither was recorded. */
    public String getContactSummary() {
        if (contactMethod == null && present == null) {
            return null;
        }
        String how = contactMethod == null ? null : contactMethod.getLabel();
        String who = present == null ? null : "present: " + present;
        return how == null ? who : who == null ? how : how + "; " + who;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getChangedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getChangedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    /** Who last saved it and when: the last change, or the recording itself. */
    public String getLastChangedBy() {
        return getChangedBy() == null ? recordedBy : getChangedBy();
    }

    public Instant getLastChangedAt() {
        return getChangedAt() == null ? recordedAt : getChangedAt();
    }

    public void changed(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public long getVersion() {
        return version;
    }
}
