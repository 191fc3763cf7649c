package org.harbour.continuingcare.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.referral.domain.EvidenceItem;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.referral.domain.ReferralStatus;
import org.harbour.continuingcare.referral.infrastructure.ReferralRepository;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.PersonSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Referrals of children for continuing care and their pre-assessment checklist. A referral goes
 * to an assessor only when every required item of health evidence has been received: otherwise
 * the referrer is told exactly what is missing.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class ReferralService {

    public static final String VIEW = "CC_REFERRAL_VIEW";
    public static final String CREATE = "CC_REFERRAL_CREATE";
    public static final String UPDATE = "CC_REFERRAL_UPDATE";
    private static final int OLDEST_AGE = 17;

    @Inject
    private ReferralRepository repository;

    @Inject
    private CareAccess access;

    @Inject
    private Children children;

    public ReferralView refer(long personId, @NotNull @Valid ReferralForm form) {
        access.require(CarePermissions.REFER, CREATE, personId);
        PersonSummary child = children.find(personId).orElseThrow(() -> new RecordNotFoundException(personId));
        Integer age = child.ageOn(form.getReferredOn());
        if (age == null || age < 0 || age > OLDEST_AGE) {
            throw new InvalidInputException("personId",
                    "Continuing care for children is for ages 0 to 17; this person is not a child on the referral date.");
        }
        Referral referral = new Referral(personId, form.getReferredOn(), form.getReason().trim(), access.username(),
                access.clock().instant());
        repository.add(referral);
        access.success(CREATE, personId, "referral " + referral.getId());
        return view(referral);
    }

    public ReferralView find(long referralId) {
        Referral referral = referral(referralId, CarePermissions.ACCESS, VIEW);
        access.success(VIEW, referral.getPersonId(), "referral " + referralId);
        return view(referral);
    }

    /** Referrals of the child, newest first. */
    public List<ReferralView> ofChild(long personId) {
        access.require(CarePermissions.ACCESS, VIEW, personId);
        List<ReferralView> all = repository.ofChild(personId).stream().map(this::view).toList();
        access.success(VIEW, personId, "referrals listed: " + all.size());
        return all;
    }

    /** Open referrals (not yet decided) of children the user may reach, longest waiting first. */
    public List<ReferralView> open() {
        access.requirePermission(CarePermissions.ACCESS, VIEW, "module", "continuing-care");
        return repository.undecided().stream().filter(r -> access.mayReach(r.getPersonId())).map(this::view).toList();
    }

    /** Referrals at these stages of children the user may reach, longest waiting first (for listing at a panel). */
    public List<ReferralView> atStages(Set<ReferralStatus> stages) {
        return repository.inStatus(stages).stream().filter(r -> access.mayReach(r.getPersonId())).map(this::view).toList();
    }

    /** Marks a checklist item received on a day, or not received (null). */
    public ReferralView recordEvidence(long referralId, EvidenceItem item, LocalDate receivedOn, Long version) {
        Referral referral = referral(referralId, CarePermissions.REFER, UPDATE);
        checkVersion(referral, version);
        if (item == null) {
            throw new InvalidInputException("item", "Say which checklist item this is.");
        }
        if (receivedOn != null && (receivedOn.isAfter(access.today()) || receivedOn.isBefore(referral.getReferredOn().minusYears(1)))) {
            throw new InvalidInputException("receivedOn", "Enter the day the evidence arrived: not in the future, nor long before the referral.");
        }
        referral.evidence(item).setReceivedOn(receivedOn);
        referral.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, referral.getPersonId(), "referral " + referralId + " evidence " + item);
        return view(referral);
    }

    /** The checklist gate: refused with the list of gaps while required health evidence is missing. */
    public ReferralView sendToAssessment(long referralId, String assessor, Long version) {
        Referral referral = referral(referralId, CarePermissions.REFER, UPDATE);
        checkVersion(referral, version);
        if (!referral.isCollectingEvidence()) {
            throw new RuleRefusedException("status", "The referral has already gone to assessment.", List.of());
        }
        List<String> gaps = referral.gaps().stream().map(EvidenceItem::getLabel).toList();
        if (!gaps.isEmpty()) {
            access.success("CC_CHECKLIST_INCOMPLETE", referral.getPersonId(), "referral " + referralId + " gaps " + gaps.size());
            throw new RuleRefusedException("evidence",
                    "The referral cannot go to assessment: " + gaps.size() + " required item(s) of health evidence are missing.", gaps);
        }
        if (assessor == null || assessor.isBlank()) {
            throw new InvalidInputException("assessor", "Name the health assessor who will carry out the assessment.");
        }
        referral.sendToAssessment(assessor.trim(), access.today());
        referral.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(UPDATE, referral.getPersonId(), "referral " + referralId + " sent to assessment");
        return view(referral);
    }

    /** The referral after the user's permission and need to know are checked; locked for the caller's update. */
    public Referral referral(long referralId, String permission, String action) {
        Referral referral = repository.find(referralId).orElse(null);
        if (referral == null) {
            access.requirePermission(permission, action, "continuing-care-referral", Long.toString(referralId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, referral.getPersonId());
        return referral;
    }

    /**
     * The referral behind a record the caller has already checked (a package, an agenda item: same
     * child, same checks), without checking or auditing again.
     */
    public Referral behind(long referralId) {
        return repository.find(referralId).orElseThrow(() -> new RecordNotFoundException(-1));
    }

    /** The referral is being listed at a panel: of two listings at once, one fails on the referral's version. */
    public void lockForListing(Referral referral) {
        repository.forceVersionIncrement(referral);
    }

    /** The funding panel's decision, written on the referral; the panel's service has checked the chair. */
    public void decided(long referralId, String outcome, LocalDate on, boolean deferred) {
        Referral referral = behind(referralId);
        referral.decided(outcome, on, deferred);
        referral.touched(access.username(), access.clock().instant());
    }

    /** The child's name, for headings; the caller has checked need to know. */
    public String childName(long personId) {
        return children.nameOf(personId);
    }

    static void checkVersion(Referral referral, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (referral.getVersion() != version) {
            throw new EditConflictException(referral.getChangedBy(), referral.getChangedAt());
        }
    }

    public ReferralView view(Referral referral) {
        return new ReferralView(referral, children.nameOf(referral.getPersonId()), access.today());
    }
}
