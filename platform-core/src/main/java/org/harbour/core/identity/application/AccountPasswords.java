package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.domain.PasswordPolicy;
import org.harbour.core.identity.domain.StaffUser;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staff changing their own password, and passwords an administrator sets or generates. */
@ApplicationScoped
public class AccountPasswords {

    /** Session attribute set at sign-in while the user still has to replace an administrator's password. */
    public static final String CHANGE_REQUIRED = "harbour.password-change-required";

    /** Field names of the password form, keys of {@link #changeOwn}'s problems. */
    public static final String CURRENT = "current";
    public static final String NEW = "new";
    public static final String CONFIRM = "confirm";

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed once. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Changes the signed-in user's own password.
     *
     * @return the problems by form field ({@link #CURRENT}, {@link #NEW}, {@link #CONFIRM}); empty when changed
     */
    @Transactional
    public Map<String, List<String>> changeOwn(String username, String current, String newPassword, String confirm) {
        StaffUser user = em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No account " + username));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            problems.computeIfAbsent(CURRENT, k -> new ArrayList<>()).add("Enter your current password.");
        } else if (!hasher.matches(current.toCharArray(), user.getPasswordHash())) {
            problems.computeIfAbsent(CURRENT, k -> new ArrayList<>()).add("This is not your current password.");
        }
        List<String> policy = PasswordPolicy.problems(username, newPassword,
                problems.containsKey(CURRENT) ? null : current);
        if (!policy.isEmpty()) {
            problems.put(NEW, policy);
        }
        if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(confirm)) {
            problems.computeIfAbsent(CONFIRM, k -> new ArrayList<>()).add("The two new passwords are not the same.");
        }
        if (!problems.isEmpty()) {
            audit.as(username, "PASSWORD_CHANGE", "user", username, Outcome.FAILURE,
                    "Refused: " + String.join(", ", problems.keySet()));
            return problems;
        }
        user.changePassword(hasher.hash(newPassword.toCharArray()), true, clock.instant());
        user.changedBy(username, clock.instant());
        audit.as(username, "PASSWORD_CHANGE", "user", username, Outcome.SUCCESS, null);
        return Map.of();
    }

    /** A random password an administrator can read out or send; it meets the policy for this username. */
    public String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.problems(username, password.toString(), null).isEmpty()) {
                return password.toString();
            }
        }
    }
}
