package org.harbour.continuingcare.dsr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.dsr.domain.Rag;
import org.harbour.continuingcare.dsr.domain.RegisterAction;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.continuingcare.dsr.infrastructure.RegisterRepository;
import org.harbour.continuingcare.referral.application.Children;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.PersonSummary;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Dynamic Support Register: children with a learning disability and/or autism at risk of
 * admission. The register is health data: reading it needs {@link CarePermissions#HEALTH_DATA},
 * keeping it also {@link CarePermissions#REVIEW}; every child's entry also needs need to know,
 * and every read and change is audited under the child's person id.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class RegisterService {

    public static final String VIEW = "CC_DSR_VIEW";
    public static final String ADD = "CC_DSR_ADD";
    public static final String UPDATE = "CC_DSR_UPDATE";
    public static final String CLOSE = "CC_DSR_CLOSE";
    private static final int OLDEST_AGE = 17;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    private RegisterRepository repository;

    @Inject
    private CareAccess access;

    @Inject
    private Children children;

    @Inject
    private RegisterReviewRule reviewRule;

    /** The children on the register whom the user may reach, red first, then by the review longest due; optionally one rating. */
    public List<RegisterView> list(String rag) {
        access.requirePermission(CarePermissions.HEALTH_DATA, VIEW, "module", "continuing-care");
        Rag filter = rag == null || rag.isBlank() ? null : parse(rag);
        List<RegisterView> entries = repository.open(filter).stream()
                .filter(e -> access.mayReach(e.getPersonId()))
                .map(this::view)
                .sorted(Comparator.comparing((RegisterView v) -> Rag.valueOf(v.getRag()))
                        .thenComparing(RegisterView::getReviewDue, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        entries.forEach(v -> access.success(VIEW, v.getPersonId(), "register entry " + v.getId()));
        return entries;
    }

    public RegisterView find(long entryId) {
        RegisterEntry entry = entry(entryId, CarePermissions.HEALTH_DATA, VIEW);
        access.success(VIEW, entry.getPersonId(), "register entry " + entryId);
        return view(entry);
    }

    /** The child's entry, open or closed, if any: for the child's record. */
    public Optional<RegisterView> ofChild(long personId) {
        access.require(CarePermissions.HEALTH_DATA, VIEW, personId);
        Optional<RegisterView> found = repository.ofChild(personId).map(this::view);
        found.ifPresent(v -> access.success(VIEW, personId, "register entry " + v.getId()));
        return found;
    }

    /** Adds a child from the person index; a child who left the register comes back on the same entry. */
    public RegisterView add(@NotNull @Valid RegisterForm form) {
        if (form.getPersonId() == null) {
            access.requirePermission(CarePermissions.REVIEW, ADD, "module", "continuing-care");
            throw new InvalidInputException("personId", "Choose the child from the person index.");
        }
        long personId = form.getPersonId();
        requireKeeper(ADD, personId);
        PersonSummary child = children.find(personId).orElseThrow(() -> new RecordNotFoundException(personId));
        Integer age = child.ageOn(access.today());
        if (age == null || age < 0 || age > OLDEST_AGE) {
            throw new InvalidInputException("personId", "The children's register is for ages 0 to 17; this person is not a child today.");
        }
        RegisterEntry entry = repository.ofChild(personId).orElse(null);
        if (entry != null && entry.isOpen()) {
            throw new InvalidInputException("personId", "This child has been on the register since "
                    + (entry.getAddedOn() == null ? "before" : DAY.format(entry.getAddedOn())) + ": change that entry instead.");
        }
        boolean back = entry != null;
        if (back) {
            entry.reopen(access.today(), access.username());
        } else {
            entry = new RegisterEntry(personId, access.today(), access.username());
        }
        apply(entry, form);
        if (!back) {
            repository.add(entry);
        }
        repository.flush();
        access.success(ADD, personId, "register entry " + entry.getId() + (back ? " reopened" : "") + " " + entry.getRag());
        return view(entry);
    }

    /** Changes the rating, review and actions; refused with who changed it when, if the version read is not the latest. */
    public RegisterView update(long entryId, @NotNull @Valid RegisterForm form) {
        RegisterEntry entry = entry(entryId, CarePermissions.HEALTH_DATA, UPDATE);
        requireKeeper(UPDATE, entry.getPersonId());
        checkVersion(entry, form.getVersion());
        if (!entry.isOpen()) {
            throw new RuleRefusedException("status", "The child left the register on " + DAY.format(entry.getClosedOn())
                    + ": add them again to bring them back.", List.of());
        }
        apply(entry, form);
        repository.flush();
        access.success(UPDATE, entry.getPersonId(), "register entry " + entryId + " " + entry.getRag());
        return view(entry);
    }

    /** Takes the child off the register, with the reason; the entry is kept. */
    public RegisterView close(long entryId, String reason, Long version) {
        RegisterEntry entry = entry(entryId, CarePermissions.HEALTH_DATA, CLOSE);
        requireKeeper(CLOSE, entry.getPersonId());
        checkVersion(entry, version);
        if (!entry.isOpen()) {
            throw new RuleRefusedException("status", "The child already left the register.", List.of());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the child leaves the register.");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "Keep the reason to 2,000 characters.");
        }
        entry.close(access.today(), reason.trim(), access.username(), access.clock().instant());
        repository.flush();
        access.success(CLOSE, entry.getPersonId(), "register entry " + entryId + " closed");
        return view(entry);
    }

    /** The child's name for the add form, after the keeper's checks on the child. */
    public String childToAdd(long personId) {
        requireKeeper(ADD, personId);
        return children.find(personId).map(PersonSummary::fullName).orElseThrow(() -> new RecordNotFoundException(personId));
    }

    public boolean mayKeep() {
        return access.has(CarePermissions.REVIEW) && access.has(CarePermissions.HEALTH_DATA);
    }

    public boolean maySee() {
        return access.has(CarePermissions.HEALTH_DATA);
    }

    private void requireKeeper(String action, long personId) {
        access.require(CarePermissions.HEALTH_DATA, action, personId);
        access.require(CarePermissions.REVIEW, action, personId);
    }

    private RegisterEntry entry(long entryId, String permission, String action) {
        RegisterEntry entry = repository.find(entryId).orElse(null);
        if (entry == null) {
            access.requirePermission(permission, action, "continuing-care-register", Long.toString(entryId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, entry.getPersonId());
        return entry;
    }

    private void apply(RegisterEntry entry, RegisterForm form) {
        if (!form.isLearningDisability() && !form.isAutism()) {
            throw new InvalidInputException("learningDisability",
                    "The register is for children with a learning disability, autism or both: tick at least one.");
        }
        Rag rag = parse(form.getRag());
        if (form.getLastReviewOn() != null && form.getLastReviewOn().isAfter(access.today())) {
            throw new InvalidInputException("lastReviewOn", "The multi-agency review cannot be in the future.");
        }
        List<RegisterAction> actions = form.getActions() == null ? List.of() : form.getActions().stream()
                .map(a -> new RegisterAction(a.getDescription().trim(), a.getOwner().trim(), a.getDueOn())).toList();
        entry.update(form.isLearningDisability(), form.isAutism(), rag, form.getRagReason().trim(), form.getLastReviewOn(),
                actions, access.username(), access.clock().instant());
    }

    private static Rag parse(String rag) {
        try {
            return Rag.valueOf(rag.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("rag", "'" + rag + "' is not a RAG rating: choose RED, AMBER or GREEN.");
        }
    }

    private static void checkVersion(RegisterEntry entry, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (entry.getVersion() != version) {
            throw new EditConflictException(entry.getUpdatedBy(), entry.getUpdatedAt());
        }
    }

    private RegisterView view(RegisterEntry entry) {
        return new RegisterView(entry, children.nameOf(entry.getPersonId()), reviewRule.nextDue(entry), access.today());
    }
}
