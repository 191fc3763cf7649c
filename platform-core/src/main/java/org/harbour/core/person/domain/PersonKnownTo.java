package org.harbour.core.person.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A service area a person is known to before any case is opened for them: the area of the
 * member of staff who recorded the person, so that their team can reach the new record (and open
 * a referral) although no case is allocated yet.
 */
@Entity
@Table(name = "core_person_known_to")
public class PersonKnownTo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "service_area_id", nullable = false)
    private long serviceAreaId;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PersonKnownTo() {
    }

    public PersonKnownTo(long personId, long serviceAreaId, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.serviceAreaId = serviceAreaId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getServiceAreaId() {
        return serviceAreaId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
