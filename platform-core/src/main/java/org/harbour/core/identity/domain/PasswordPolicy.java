package org.harbour.core.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a staff password must be: long (length beats complexity rules, as NCSC and NIST advise),
 * not built on the username, and new.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Every rule the new password breaks, as sentences for the person choosing it; empty when it is acceptable. */
    public static List<String> problems(String username, String newPassword, String currentPassword) {
        List<String> problems = new ArrayList<>();
        if (newPassword == null || newPassword.isEmpty()) {
            problems.add("Enter a new password.");
            return problems;
        }
        if (newPassword.length() < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters (this one has " + newPassword.length() + ").");
        }
        if (newPassword.length() > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && !username.isBlank()
                && newPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Do not include your username in the password.");
        }
        if (newPassword.equals(currentPassword)) {
            problems.add("Choose a password different from your current one.");
        }
        return problems;
    }
}
