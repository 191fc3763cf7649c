package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.SignInRecord;
import org.harbour.core.identity.domain.StaffUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides every sign-in: checks the password, counts consecutive failures per typed username
 * and locks it for a while after too many, and audits each outcome. The count lives in the
 * database so that every instance of a cluster enforces the same lock.
 */
@ApplicationScoped
public class SignInService {

    /** How long a failure-only record of an unknown name is kept once no lock is in force. */
    private static final Duration FORGET_FAILURES_AFTER = Duration.ofDays(1);

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private StaffDirectory directory;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private FirstSignInRecord firstRecord;

    @Inject
    @ConfigProperty(name = "harbour.security.lockout.attempts", defaultValue = "5")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "harbour.security.lockout.minutes", defaultValue = "15")
    private int lockoutMinutes;

    private final Clock clock = Clock.systemUTC();

    private volatile String decoyHash;

    /** The username as accounts store it; typed names are matched case-insensitively. */
    public static String normalise(String typed) {
        String name = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    /** A sign-in with username and password, through the login form. */
    @Transactional
    public SignInResult withPassword(String typedUsername, char[] password) {
        String username = normalise(typedUsername);
        Instant now = clock.instant();
        SignInRecord existing = em.find(SignInRecord.class, username);
        if (existing != null && existing.isLockedAt(now)) {
            audit.as(username, "LOGIN", Outcome.DENIED, "Locked after repeated failed sign-ins");
            return SignInResult.locked(username, existing.getLockedUntil());
        }
        StaffUser user = directory.findByUsername(username).orElse(null);
        if (user == null || !user.isActive()) {
            // Costs one hash all the same, so response time does not reveal which usernames exist.
            hasher.matches(password, decoyHash());
            return fail(username, now, user == null ? "No such account" : "Account disabled");
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            return fail(username, now, "Wrong password");
        }
        recordFor(username).succeed(now);
        audit.as(username, "LOGIN", Outcome.SUCCESS, "Password");
        return SignInResult.accepted(user.getUsername(), groupsOf(user), user.isPasswordChangeRequired());
    }

    /**
     * A sign-in vouched for by the council's directory (OpenID Connect): accepted only for an
     * active Harbour account of that username, whose roles and areas then apply.
     */
    @Transactional
    public SignInResult withExternalIdentity(String externalUsername, String via) {
        String username = normalise(externalUsername);
        Optional<StaffUser> user = directory.findByUsername(username);
        if (user.isEmpty()) {
            audit.as(username.isEmpty() ? AuditLog.ANONYMOUS : username, "LOGIN", Outcome.FAILURE,
                    via + ": no Harbour account with this username");
            return SignInResult.refused(username);
        }
        if (!user.get().isActive()) {
            audit.as(username, "LOGIN", Outcome.DENIED, via + ": account disabled");
            return SignInResult.refused(username);
        }
        recordFor(username).succeed(clock.instant());
        audit.as(username, "LOGIN", Outcome.SUCCESS, via);
        return SignInResult.accepted(username, groupsOf(user.get()), false);
    }

    private SignInResult fail(String username, Instant now, String reason) {
        forgetStaleFailures(now);
        SignInRecord record = recordFor(username);
        boolean lockedNow = record.fail(now, maxAttempts, Duration.ofMinutes(lockoutMinutes));
        audit.as(username, "LOGIN", Outcome.FAILURE, reason);
        if (lockedNow) {
            audit.as(username, "LOGIN_LOCKOUT", "user", username, Outcome.DENIED,
                    "Locked for " + lockoutMinutes + " minutes after " + maxAttempts + " failed sign-ins");
            return SignInResult.locked(username, record.getLockedUntil());
        }
        return SignInResult.refused(username);
    }

    /** The record, locked for this transaction so concurrent attempts count one after another. */
    private SignInRecord recordFor(String username) {
        SignInRecord record = em.find(SignInRecord.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (record != null) {
            return record;
        }
        try {
            firstRecord.create(username);
        } catch (RuntimeException createdMeanwhile) {
            // Another sign-in of this username created it first: the lookup below finds it.
        }
        record = em.find(SignInRecord.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new IllegalStateException("No sign-in record could be created for " + username);
        }
        return record;
    }

    private void forgetStaleFailures(Instant now) {
        em.createQuery("""
                        delete from SignInRecord r
                        where r.lastSuccessAt is null and r.lastFailureAt < :before
                        and (r.lockedUntil is null or r.lockedUntil < :now)""")
                .setParameter("before", now.minus(FORGET_FAILURES_AFTER))
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Whether sign-in is locked for this username now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLocked(String username) {
        SignInRecord record = em.find(SignInRecord.class, normalise(username));
        return record != null && record.isLockedAt(clock.instant());
    }

    /** When the account last signed in, if ever. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lastSignIn(String username) {
        return Optional.ofNullable(em.find(SignInRecord.class, normalise(username)))
                .map(SignInRecord::getLastSuccessAt);
    }

    /** Lifts a lock before it runs out; audited as the administrator who did it. */
    @Transactional
    public void unlock(String username, String actor) {
        SignInRecord record = em.find(SignInRecord.class, normalise(username), LockModeType.PESSIMISTIC_WRITE);
        if (record != null) {
            record.unlock();
        }
        audit.as(actor, "USER_UNLOCK", "user", normalise(username), Outcome.SUCCESS, "Sign-in lock lifted");
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int lockoutMinutes() {
        return lockoutMinutes;
    }

    private static Set<String> groupsOf(StaffUser user) {
        return user.getRoles().stream().map(Role::getCode).collect(Collectors.toSet());
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("not-a-real-password".toCharArray());
        }
        return decoyHash;
    }
}
