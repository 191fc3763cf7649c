package org.harbour.send.learner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.send.history.domain.Recorded;

import java.time.Instant;

/**
 * What SEN2 needs about a child or young person as a learner beyond the person index's UPN: the
 * unique learner number of post-16 learners, and why the UPN is unknown when it is. One per person.
 */
@Entity(name = "SendLearner")
@Table(name = "send_learner")
public class SendLearner extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Column(length = 10)
    private String uln;

    @Enumerated(EnumType.STRING)
    @Column(name = "upn_unknown", length = 3)
    private UpnUnknownReason upnUnknown;

    protected SendLearner() {
    }

    public SendLearner(long personId, String by, Instant at) {
        super(by, at);
        this.personId = personId;
    }

    /**
     * Records the ULN (checked) and the reason the UPN is unknown; a reason cannot stand beside a
     * UPN the index holds.
     */
    public void record(String uln, UpnUnknownReason upnUnknown, boolean hasUpn) {
        String number = LearnerNumbers.normalise(uln);
        if (number != null && !LearnerNumbers.isValidUln(number)) {
            throw new IllegalArgumentException("The unique learner number is 10 digits and its check digit must be right.");
        }
        if (upnUnknown != null && hasUpn) {
            throw new IllegalStateException("The child has a UPN: a reason it is unknown cannot be given as well.");
        }
        this.uln = number;
        this.upnUnknown = upnUnknown;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getUln() {
        return uln;
    }

    public UpnUnknownReason getUpnUnknown() {
        return upnUnknown;
    }
}
