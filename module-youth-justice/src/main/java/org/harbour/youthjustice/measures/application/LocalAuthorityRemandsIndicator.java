package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;

/** Remands to local authority accommodation. */
@ApplicationScoped
public class LocalAuthorityRemandsIndicator extends RemandsIndicator {

    public LocalAuthorityRemandsIndicator() {
        super("LOCAL_AUTHORITY", "remands-local-authority", "local authority accommodation");
    }
}
