package org.harbour.send.letter.application;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.access.application.SendAccess;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** The checks both letter services make on what they are asked for, so request and review letters refuse alike. */
final class LetterChecks {

    private LetterChecks() {
    }

    /**
     * The record found, once the user may act on its child. For a record not found the permission is
     * still checked first, so a user without it is refused for that, not told which ids exist.
     */
    static <R> R reached(SendAccess access, Optional<R> found, ToLongFunction<R> personOf, String permission, String action,
                         String recordType, long id) {
        R record = found.orElse(null);
        if (record == null) {
            access.requirePermission(permission, action, recordType, Long.toString(id));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, personOf.applyAsLong(record));
        return record;
    }

    /** The constant named, in any case and with spaces around; otherwise the field's problem. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }
}
