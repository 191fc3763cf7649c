package org.harbour.youthjustice.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks every youth justice action on a child makes, in order: the user's role grants the
 * module permission for the action, and the user may reach the child's record. Refusals are
 * audited under the child's person id by the guard; successes are audited here.
 */
@ApplicationScoped
public class YjAccess {

    /** Youth justice works with children from the age of criminal responsibility to their 18th birthday. */
    public static final int YOUNGEST = 10;
    public static final int OLDEST = 17;

    @Inject
    private AccessGuard guard;

    @Inject
    private Audit audit;

    @Inject
    private People people;

    private final Clock clock = Clock.systemUTC();

    public void require(String permission, String action, long personId) {
        guard.require(permission, action, personId);
    }

    public void requirePermission(String permission, String action, String recordType, String recordId) {
        guard.requirePermission(permission, action, recordType, recordId);
    }

    public boolean has(String permission) {
        return guard.has(permission);
    }

    public boolean mayReach(long personId) {
        return guard.mayReach(personId);
    }

    public void success(String action, long personId, String detail) {
        audit.success(action, Audit.PERSON, Long.toString(personId), detail);
    }

    public void success(String action, String recordType, String recordId, String detail) {
        audit.success(action, recordType, recordId, detail);
    }

    public String username() {
        return guard.username();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The child's name, for headings and lists; the caller has checked need to know. */
    public String childName(long personId) {
        return people.nameOf(personId);
    }

    public Optional<PersonSummary> child(long personId) {
        return people.find(personId);
    }

    /** Refuses a date on which the person is not 10 to 17, naming the field. */
    public void requireYouthJusticeAge(long personId, LocalDate on, String field) {
        Integer age = child(personId).map(p -> p.ageOn(on)).orElse(null);
        if (age == null || age < YOUNGEST || age > OLDEST) {
            throw new InvalidInputException(field, "Youth justice works with children aged 10 to 17; this child was "
                    + (age == null ? "of unknown age" : "aged " + age) + " on that date.");
        }
    }

    /** Refuses a missing date and one in the future. */
    public LocalDate pastOrToday(LocalDate day, String field, String what) {
        if (day == null) {
            throw new InvalidInputException(field, "Enter " + what + ".");
        }
        if (day.isAfter(today())) {
            throw new InvalidInputException(field, "The " + what.replaceFirst("^(the|a) ", "") + " cannot be in the future.");
        }
        return day;
    }

    /** A change must name the version read; a stale one is refused, naming who changed it and when. */
    public static void checkVersion(Recorded record, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (record.getVersion() != version) {
            throw new EditConflictException(record.getChangedBy(), record.getChangedAt());
        }
    }
}
