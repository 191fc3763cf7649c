package org.harbour.core.identity.application;

import java.io.Serializable;
import java.time.Instant;

/** One account as the user page loads it: the editable draft plus its state and version. */
public record UserDetails(long id, long version, UserDraft draft, boolean active, boolean locked,
                          boolean passwordChangeRequired, Instant lastSignIn, String updatedBy, Instant updatedAt)
        implements Serializable {
}
