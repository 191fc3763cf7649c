package org.harbour.core.identity.infrastructure;

/**
 * Why a sign-in through the council directory was not accepted. The reason goes to the audit
 * trail and the log, never to the browser, and never holds a token.
 */
public class OidcRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public OidcRefusal(String reason) {
        super(reason);
    }

    public OidcRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
