package org.harbour.core.identity.application;

import jakarta.security.enterprise.credential.Credential;

import java.time.Instant;
import java.util.Set;

/**
 * How a sign-in attempt ended. Refused and locked are told apart only so the login page can
 * say that a lock is in force; both look the same for known and unknown usernames.
 *
 * @param status                 accepted, refused or locked
 * @param username               the account's username when accepted; the typed one otherwise
 * @param groups                 role codes, for Jakarta Security, when accepted
 * @param passwordChangeRequired whether the user must choose a new password before anything else
 * @param lockedUntil            when a lock ends, when locked
 *
 * An accepted result is also the credential the login page hands to Jakarta Security, so the
 * password is checked once; only {@link SignInService} can make one.
 */
public record SignInResult(Status status, String username, Set<String> groups, boolean passwordChangeRequired,
                           Instant lockedUntil) implements Credential {

    /** Request attribute through which the authentication mechanism tells the login page the outcome. */
    public static final String ATTRIBUTE = SignInResult.class.getName();

    @Override
    public boolean isValid() {
        return isAccepted();
    }

    public enum Status { ACCEPTED, REFUSED, LOCKED }

    static SignInResult accepted(String username, Set<String> groups, boolean passwordChangeRequired) {
        return new SignInResult(Status.ACCEPTED, username, Set.copyOf(groups), passwordChangeRequired, null);
    }

    static SignInResult refused(String username) {
        return new SignInResult(Status.REFUSED, username, Set.of(), false, null);
    }

    static SignInResult locked(String username, Instant until) {
        return new SignInResult(Status.LOCKED, username, Set.of(), false, until);
    }

    public boolean isAccepted() {
        return status == Status.ACCEPTED;
    }

    public boolean isLocked() {
        return status == Status.LOCKED;
    }
}
