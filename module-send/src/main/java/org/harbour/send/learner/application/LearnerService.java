package org.harbour.send.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.ReturnIdentifiers;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.learner.domain.SendLearner;
import org.harbour.send.learner.domain.UpnUnknownReason;
import org.harbour.send.learner.infrastructure.LearnerRepository;

import java.util.List;
import java.util.Optional;

/**
 * A child's learner numbers for SEN2: the UPN stays on the person index (where it is checked and
 * kept unique); the SEND team records the ULN and, where there is no UPN, the DfE reason why.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class LearnerService {

    public static final String VIEW = "SEND_LEARNER_VIEW";
    public static final String UPDATE = "SEND_LEARNER_UPDATE";

    @Inject
    private LearnerRepository learners;

    @Inject
    private ReturnIdentifiers identifiers;

    @Inject
    private SendAccess access;

    public LearnerView find(long personId) {
        access.require(SendPermissions.ACCESS, VIEW, personId);
        LearnerView view = view(personId, learners.ofPerson(personId));
        access.success(VIEW, personId, "learner numbers");
        return view;
    }

    /**
     * Records the ULN and the UPN-unknown code. The first record needs no version; a change to an
     * existing one sends the version read.
     */
    public LearnerView record(long personId, String uln, String upnUnknown, Long version) {
        access.require(SendPermissions.RECORD, UPDATE, personId);
        UpnUnknownReason reason = null;
        if (upnUnknown != null && !upnUnknown.isBlank()) {
            reason = UpnUnknownReason.ofCode(upnUnknown);
            if (reason == null) {
                throw new InvalidInputException("upnUnknown", "Choose one of the DfE's reasons, UN1 to UN7.");
            }
        }
        Optional<SendLearner> existing = learners.ofPerson(personId);
        if (existing.isPresent()) {
            SendLearner l = existing.get();
            SendAccess.checkVersion(l.getVersion(), version, l.getChangedBy(), l.getChangedAt());
        }
        SendLearner learner = existing.orElseGet(() -> new SendLearner(personId, access.username(), access.now()));
        boolean hasUpn = upn(personId) != null;
        UpnUnknownReason why = reason;
        try {
            access.step(UPDATE, personId, "upnUnknown", () -> {
                learner.record(uln, why, hasUpn);
                return learner;
            });
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("uln", e.getMessage());
        }
        if (existing.isPresent()) {
            learner.touched(access.username(), access.now());
        } else {
            learners.add(learner);
        }
        learners.flush();
        access.success(UPDATE, personId, "learner numbers: ULN " + (learner.getUln() == null ? "none" : "recorded")
                + ", UPN unknown " + (why == null ? "none" : why.getCode()));
        return view(personId, Optional.of(learner));
    }

    /** The reasons a UPN may be unknown, for the page's choice. */
    public List<UpnUnknownReason> reasons() {
        return List.of(UpnUnknownReason.values());
    }

    private LearnerView view(long personId, Optional<SendLearner> learner) {
        return new LearnerView(personId, access.nameOf(personId), upn(personId), learner.map(SendLearner::getUln).orElse(null),
                learner.map(SendLearner::getUpnUnknown).map(UpnUnknownReason::getCode).orElse(null),
                learner.map(SendLearner::getUpnUnknown).map(UpnUnknownReason::getLabel).orElse(null),
                learner.map(SendLearner::getVersion).orElse(0L));
    }

    private String upn(long personId) {
        ReturnIdentifiers.Identifiers ids = identifiers.of(List.of(personId)).get(personId);
        return ids == null ? null : ids.upn();
    }
}
