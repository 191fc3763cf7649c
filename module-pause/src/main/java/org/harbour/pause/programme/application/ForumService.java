package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.cohort.application.FamilyHistories;
import org.harbour.pause.programme.domain.ForumDecision;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.Stage;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The multi-agency forum: a woman of the cohort is referred to it, it decides (offer, not now,
 * not suitable) with reasons, and she answers the offer. Every step is audited on her record.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(PausePermissions.ACCESS)
public class ForumService {

    public static final String REFER = "PAUSE_REFER";
    public static final String DECIDE = "PAUSE_FORUM_DECISION";
    public static final String CONSENT = "PAUSE_CONSENT";
    public static final String VIEW = "PAUSE_FORUM_VIEW";
    /** Stages in which she is still with Pause, so a second referral would be a duplicate. */
    private static final Set<Stage> OPEN = EnumSet.of(Stage.REFERRED, Stage.NOT_NOW, Stage.OFFERED, Stage.CONSENTED,
            Stage.ENGAGEMENT, Stage.INTERVENTION);

    @Inject
    private ParticipationRepository repository;

    @Inject
    private Participations participations;

    @Inject
    private PauseAccess access;

    @Inject
    private FamilyHistories histories;

    /** Refers a woman of the cohort to the forum. */
    public ParticipationView refer(long personId, LocalDate referredOn, String reason) {
        access.requireWoman(PausePermissions.FORUM, REFER, personId);
        LocalDate today = access.today();
        if (referredOn != null && referredOn.isAfter(today)) {
            throw new InvalidInputException("referredOn", "The referral cannot be dated in the future.");
        }
        if (!histories.inCohort(personId, today)) {
            access.denied(REFER, personId, "Not in the cohort: fewer than two children removed");
            throw new RuleRefusedException("personId", "Only a woman of the cohort (two or more children removed) is referred to the forum.",
                    List.of());
        }
        if (repository.ofPerson(personId).stream().anyMatch(p -> OPEN.contains(p.getStage()))) {
            throw new RuleRefusedException("personId", "She is already with Pause: see her record.", List.of());
        }
        Participation p = new Participation(personId, referredOn, reason, access.username(), access.clock().instant());
        repository.add(p);
        access.success(REFER, personId, "participation " + p.getId() + " referred to the forum");
        return participations.view(p);
    }

    public ParticipationView decide(long participationId, ForumDecision decision, LocalDate on, String reasons, Long version) {
        Participation p = participations.checked(participationId, PausePermissions.FORUM, DECIDE);
        Participations.checkVersion(p, version);
        p.decide(decision, on, reasons);
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(DECIDE, p.getPersonId(), "participation " + participationId + ": " + decision);
        return participations.view(p);
    }

    public ParticipationView answerOffer(long participationId, boolean consented, LocalDate on, Long version) {
        Participation p = participations.checked(participationId, PausePermissions.FORUM, CONSENT);
        Participations.checkVersion(p, version);
        p.answerOffer(consented, on);
        p.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(CONSENT, p.getPersonId(), "participation " + participationId + (consented ? ": consented" : ": declined"));
        return participations.view(p);
    }

    /** Women with Pause now (referred, deferred, offered, consented or in the programme) and where each stands. */
    public Map<Long, String> withPause() {
        access.requirePermission(PausePermissions.FORUM, VIEW, Participations.RECORD_TYPE, "open");
        Map<Long, String> open = new HashMap<>();
        repository.inStages(OPEN).forEach(p -> open.put(p.getPersonId(), p.getStage().getLabel()));
        return open;
    }

    /** The forum's agenda: referrals awaiting a decision, women deferred, offers awaiting an answer. */
    public List<ParticipationView> agenda() {
        access.requirePermission(PausePermissions.FORUM, VIEW, Participations.RECORD_TYPE, "agenda");
        List<Participation> all = repository.inStages(EnumSet.of(Stage.REFERRED, Stage.NOT_NOW, Stage.OFFERED, Stage.CONSENTED))
                .stream().filter(p -> access.mayReach(p.getPersonId())).toList();
        access.success(VIEW, Participations.RECORD_TYPE, "agenda", all.size() + " listed");
        return participations.views(all);
    }
}
