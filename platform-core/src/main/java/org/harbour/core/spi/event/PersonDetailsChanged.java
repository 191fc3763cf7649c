package org.harbour.core.spi.event;

/**
 * A person's details in the index (name, date of birth, identifiers, address, alerts...) were
 * changed; {@code version} is the record's version after the change. The event says which record,
 * never what it now holds: an observer that needs the details reads them through
 * {@code org.harbour.core.spi.people.People}, with its own need-to-know check.
 */
public record PersonDetailsChanged(long personId, long version) implements PersonEvent {
}
