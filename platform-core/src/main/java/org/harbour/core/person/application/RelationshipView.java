package org.harbour.core.person.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A relationship as one person's page shows it: who the other person is to them. */
public final class RelationshipView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long otherPersonId;
    private final String otherName;
    private final LocalDate otherDateOfBirth;
    private final String role;
    private final String type;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final boolean current;
    private final boolean mayOpenOther;

    public RelationshipView(long id, long otherPersonId, String otherName, LocalDate otherDateOfBirth, String role,
                            String type, LocalDate startedOn, LocalDate endedOn, boolean current, boolean mayOpenOther) {
        this.id = id;
        this.otherPersonId = otherPersonId;
        this.otherName = otherName;
        this.otherDateOfBirth = otherDateOfBirth;
        this.role = role;
        this.type = type;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.current = current;
        this.mayOpenOther = mayOpenOther;
    }

    public long getId() {
        return id;
    }

    public long getOtherPersonId() {
        return otherPersonId;
    }

    public String getOtherName() {
        return otherName;
    }

    public LocalDate getOtherDateOfBirth() {
        return otherDateOfBirth;
    }

    /** What the other person is to this one, e.g. "Mother" or "Child". */
    public String getRole() {
        return role;
    }

    /** The stored type, as recorded from the other side. */
    public String getType() {
        return type;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isCurrent() {
        return current;
    }

    public boolean isMayOpenOther() {
        return mayOpenOther;
    }
}
