package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.domain.PasswordPolicy;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.SignInRecord;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.EditConflictException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administrators' work on staff accounts: create, change roles and areas, disable, unlock and
 * reset passwords. Every change is audited as the administrator, and a save based on an
 * out-of-date page is refused rather than written over someone else's change.
 */
@ApplicationScoped
@Requires(CorePermissions.ADMINISTER)
public class StaffAdministration {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AccessVersion accessVersion;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInService signIn;

    @Inject
    private AuditLog audit;

    @Inject
    private Validator validator;

    private final Clock clock = Clock.systemUTC();

    /** Accounts whose username or name contains the text (all when blank), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> search(String text) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        List<StaffUser> users = em.createQuery("""
                        select distinct u from StaffUser u left join fetch u.roles
                        where lower(u.username) like :text or lower(u.displayName) like :text
                        order by u.displayName""", StaffUser.class)
                .setParameter("text", like).getResultList();
        Map<String, SignInRecord> records = em.createQuery("select r from SignInRecord r", SignInRecord.class)
                .getResultList().stream().collect(Collectors.toMap(SignInRecord::getUsername, Function.identity()));
        Instant now = clock.instant();
        return users.stream().map(u -> {
            SignInRecord record = records.get(u.getUsername());
            return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getJobTitle(),
                    names(u.getRoles().stream().map(Role::getName)),
                    names(u.getServiceAreas().stream().map(ServiceArea::getName)),
                    u.isActive(), record != null && record.isLockedAt(now),
                    record == null ? null : record.getLastSuccessAt());
        }).toList();
    }

    private static String names(java.util.stream.Stream<String> names) {
        return String.join(", ", names.collect(Collectors.toCollection(TreeSet::new)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserDetails> user(long id) {
        // An administrator must see what is stored, not a copy cached before another instance's change.
        StaffUser user = em.find(StaffUser.class, id,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        if (user == null) {
            return Optional.empty();
        }
        UserDraft draft = new UserDraft();
        draft.setUsername(user.getUsername());
        draft.setDisplayName(user.getDisplayName());
        draft.setJobTitle(user.getJobTitle());
        draft.setEmail(user.getEmail());
        draft.setRoleCodes(user.getRoles().stream().map(Role::getCode).sorted().toList());
        draft.setAreaIds(user.getServiceAreas().stream().map(a -> a.getId().toString()).toList());
        return Optional.of(new UserDetails(user.getId(), user.getVersion(), draft, user.isActive(),
                signIn.isLocked(user.getUsername()), user.isPasswordChangeRequired(),
                signIn.lastSignIn(user.getUsername()).orElse(null), user.getUpdatedBy(), user.getUpdatedAt()));
    }

    /**
     * Creates an account whose password the administrator typed or generated; the new member of
     * staff must choose their own at first sign-in.
     */
    @Transactional
    public long create(UserDraft draft, String initialPassword, String actor) {
        String username = SignInService.normalise(draft.getUsername());
        AccountProblems problems = detailsProblems(draft);
        if (!username.isEmpty() && em.createQuery("select count(u) from StaffUser u where u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0) {
            problems.add("username", "The username " + username + " is already taken.");
        }
        PasswordPolicy.problems(username, initialPassword, null).forEach(p -> problems.add("password", p));
        problems.refuseIfAny();
        Instant now = clock.instant();
        StaffUser user = new StaffUser(username, draft.getDisplayName(), draft.getJobTitle(),
                hasher.hash(initialPassword.toCharArray()), now);
        user.setEmail(draft.getEmail());
        user.replaceRoles(roles(draft.getRoleCodes()));
        user.replaceServiceAreas(areas(draft.getAreaIds()));
        user.requirePasswordChange();
        user.changedBy(actor, now);
        em.persist(user);
        em.flush();
        accessVersion.changed();
        audit.as(actor, "USER_CREATE", "user", username, Outcome.SUCCESS, describe(user));
        return user.getId();
    }

    /** Saves name, job title, email, roles and areas, unless someone saved the account since {@code expectedVersion}. */
    @Transactional
    public void update(long id, long expectedVersion, UserDraft draft, String actor) {
        StaffUser user = current(id, expectedVersion);
        detailsProblems(draft).refuseIfAny();
        String before = describe(user);
        user.setDisplayName(draft.getDisplayName());
        user.setJobTitle(draft.getJobTitle());
        user.setEmail(draft.getEmail());
        user.replaceRoles(roles(draft.getRoleCodes()));
        user.replaceServiceAreas(areas(draft.getAreaIds()));
        user.changedBy(actor, clock.instant());
        em.flush();
        accessVersion.changed();
        audit.as(actor, "USER_UPDATE", "user", user.getUsername(), Outcome.SUCCESS,
                "Was " + before + "; now " + describe(user));
    }

    /** Enables or disables an account; a disabled account cannot sign in. Nobody disables their own. */
    @Transactional
    public void setActive(long id, long expectedVersion, boolean active, String actor) {
        StaffUser user = current(id, expectedVersion);
        if (!active && user.getUsername().equals(actor)) {
            throw new AccountRuleViolation(null, "You cannot disable your own account.");
        }
        user.setActive(active);
        user.changedBy(actor, clock.instant());
        em.flush();
        accessVersion.changed();
        audit.as(actor, active ? "USER_ENABLE" : "USER_DISABLE", "user", user.getUsername(), Outcome.SUCCESS, null);
    }

    /** Sets a password the administrator typed or generated; the user must replace it at next sign-in. */
    @Transactional
    public void resetPassword(long id, long expectedVersion, String password, String actor) {
        StaffUser user = current(id, expectedVersion);
        requireAcceptable(user.getUsername(), password);
        Instant now = clock.instant();
        user.changePassword(hasher.hash(password.toCharArray()), false, now);
        user.changedBy(actor, now);
        em.flush();
        audit.as(actor, "PASSWORD_RESET", "user", user.getUsername(), Outcome.SUCCESS,
                "Set by an administrator; must be changed at next sign-in");
    }

    public void unlock(String username, String actor) {
        signIn.unlock(username, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Role> roles() {
        return em.createQuery("select r from Role r order by r.name", Role.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceArea> serviceAreas() {
        return em.createQuery("select a from ServiceArea a order by a.name", ServiceArea.class).getResultList();
    }

    private StaffUser current(long id, long expectedVersion) {
        StaffUser user = em.find(StaffUser.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new AccountRuleViolation(null, "This account no longer exists.");
        }
        em.refresh(user);
        if (user.getVersion() != expectedVersion) {
            throw new EditConflictException(user.getUpdatedBy(), user.getUpdatedAt(), user.getVersion());
        }
        return user;
    }

    private static void requireAcceptable(String username, String password) {
        List<String> problems = PasswordPolicy.problems(username, password, null);
        if (!problems.isEmpty()) {
            throw new AccountRuleViolation("password", String.join(" ", problems));
        }
    }

    /** What is wrong with the account's details and its roles and areas, all of it, before anything changes. */
    private AccountProblems detailsProblems(UserDraft draft) {
        AccountProblems problems = new AccountProblems();
        problems.addAll(validator.validate(draft));
        draft.getRoleCodes().stream().filter(code -> em.find(Role.class, code) == null)
                .forEach(code -> problems.add("roles", "There is no role " + code + "."));
        draft.getAreaIds().stream().filter(id -> area(id) == null)
                .forEach(id -> problems.add("areas", "There is no service area " + id + "."));
        return problems;
    }

    private ServiceArea area(String id) {
        try {
            return em.find(ServiceArea.class, Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Set<Role> roles(List<String> codes) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String code : codes) {
            Role role = em.find(Role.class, code);
            if (role == null) {
                throw new AccountRuleViolation("roles", "There is no role " + code + ".");
            }
            roles.add(role);
        }
        return roles;
    }

    private Set<ServiceArea> areas(List<String> ids) {
        Set<ServiceArea> areas = new LinkedHashSet<>();
        for (String id : ids) {
            ServiceArea area = area(id);
            if (area == null) {
                throw new AccountRuleViolation("areas", "There is no service area " + id + ".");
            }
            areas.add(area);
        }
        return areas;
    }

    /** Roles, areas and state, by code: the audit detail never holds personal data beyond the username. */
    private static String describe(StaffUser user) {
        return "roles [" + names(user.getRoles().stream().map(Role::getCode)) + "], areas ["
                + names(user.getServiceAreas().stream().map(ServiceArea::getCode)) + "]"
                + (user.isActive() ? "" : ", disabled");
    }
}
