package org.harbour.core.person.application;

import jakarta.validation.constraints.NotNull;
import org.harbour.core.person.domain.RelationshipType;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A relationship to record, from the side of the person whose page it is entered on: by default
 * "the other person is this person's {@code type}" (e.g. the mother); with {@code thisPersonIsType}
 * the other way round.
 */
public class RelationshipRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the other person")
    private Long otherPersonId;

    @NotNull(message = "Choose the kind of relationship")
    private RelationshipType type;

    private boolean thisPersonIsType;

    private LocalDate startedOn;

    private LocalDate endedOn;

    public Long getOtherPersonId() {
        return otherPersonId;
    }

    public void setOtherPersonId(Long otherPersonId) {
        this.otherPersonId = otherPersonId;
    }

    public RelationshipType getType() {
        return type;
    }

    public void setType(RelationshipType type) {
        this.type = type;
    }

    public boolean isThisPersonIsType() {
        return thisPersonIsType;
    }

    public void setThisPersonIsType(boolean thisPersonIsType) {
        this.thisPersonIsType = thisPersonIsType;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }
}
