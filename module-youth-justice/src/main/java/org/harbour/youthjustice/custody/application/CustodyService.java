package org.harbour.youthjustice.custody.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.Inputs;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;
import org.harbour.youthjustice.custody.domain.CustodyEpisode;
import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.harbour.youthjustice.custody.domain.EstablishmentType;
import org.harbour.youthjustice.custody.domain.ReleaseAccommodation;
import org.harbour.youthjustice.custody.infrastructure.CustodyRepository;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.infrastructure.OutcomeRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Custody under a sentence and resettlement: custody begun (under a custodial order of the child's,
 * not quashed; a detention and training order's custody half ends on the order's release day), the
 * resettlement plan with the accommodation on release, and the release. Custody and release need
 * {@code youth-justice:court}, the resettlement plan {@code youth-justice:record}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class CustodyService {

    public static final String VIEW = "YJ_CUSTODY_VIEW";
    public static final String START = "YJ_CUSTODY_START";
    public static final String RESETTLEMENT = "YJ_RESETTLEMENT_PLAN";
    public static final String RELEASE = "YJ_CUSTODY_RELEASE";
    private static final String RECORD_TYPE = "youth-justice-custody";

    @Inject
    private CustodyRepository repository;

    @Inject
    private CourtRepository court;

    @Inject
    private OutcomeRepository outcomes;

    @Inject
    private YjAccess access;

    public List<CustodyView> ofChild(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<CustodyView> views = repository.ofChild(personId).stream().map(this::view).toList();
        access.success(VIEW, personId, "custody episodes: " + views.size());
        return views;
    }

    /** The child's custodial orders not quashed, which custody may be recorded under. */
    public List<CourtOrder> custodialOrders(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        return court.ordersOf(personId).stream().filter(o -> o.getKind().isCustodial() && !quashed(o)).toList();
    }

    public CustodyView start(long personId, @NotNull @Valid CustodyForm form) {
        access.require(YjPermissions.COURT, START, personId);
        EstablishmentType type = Inputs.parse(EstablishmentType.class, form.getEstablishmentType(), "establishmentType",
                "Choose a young offender institution, a secure training centre or a secure children's home.");
        CourtOrder order = court.order(form.getOrderId()).filter(o -> o.getPersonId() == personId).orElseThrow(
                () -> new InvalidInputException("orderId", "This child has no such order."));
        if (!order.getKind().isCustodial() || quashed(order)) {
            throw new InvalidInputException("orderId", "Custody is served under a custodial order that stands.");
        }
        Inputs.refuseIfBroken(CustodyEpisode.startProblems(order.getStartsOn(), order.getReleaseOn(), form.getStartedOn()));
        if (repository.openFor(personId)) {
            String once = "The child is in custody already: record the release first.";
            throw new RuleRefusedException("startedOn", once, List.of(once));
        }
        CustodyEpisode episode = repository.add(new CustodyEpisode(personId, order.getId(), type, form.getEstablishmentName().strip(),
                form.getStartedOn(), order.getReleaseOn(), order.getEndsOn(), access.username(), access.now()));
        access.success(START, personId, "custody " + episode.getId() + " in a " + type + " under order " + order.getId());
        return view(episode);
    }

    public CustodyView plan(long id, @NotNull @Valid ResettlementForm form) {
        CustodyEpisode episode = found(id, YjPermissions.RECORD, RESETTLEMENT);
        YjAccess.checkVersion(episode, form.getVersion());
        ReleaseAccommodation accommodation = Inputs.parse(ReleaseAccommodation.class, form.getReleaseAccommodation(),
                "releaseAccommodation", "Choose where the child will live on release.");
        Inputs.refuseIfBroken(episode.planProblems(form.getResettlementPlanOn(), form.getResettlementPlan()));
        episode.plan(form.getResettlementPlanOn(), form.getResettlementPlan(), accommodation);
        episode.touched(access.username(), access.now());
        repository.flush();
        access.success(RESETTLEMENT, episode.getPersonId(), "custody " + id + " resettlement plan " + form.getResettlementPlanOn()
                + ", accommodation " + accommodation);
        return view(episode);
    }

    public CustodyView release(long id, LocalDate on, Long version) {
        CustodyEpisode episode = found(id, YjPermissions.COURT, RELEASE);
        YjAccess.checkVersion(episode, version);
        access.pastOrToday(on, "releasedOn", "the day of release");
        List<RuleBroken> problems = episode.releaseProblems(on);
        if (!problems.isEmpty()) {
            throw new RuleRefusedException(problems.get(0).field(), "The release cannot be recorded.",
                    problems.stream().map(RuleBroken::message).toList());
        }
        episode.release(on);
        episode.touched(access.username(), access.now());
        repository.flush();
        access.success(RELEASE, episode.getPersonId(), "custody " + id + " released " + on);
        return view(episode);
    }

    private boolean quashed(CourtOrder order) {
        return outcomes.find(order.getOutcomeId()).map(Outcome::isQuashed).orElse(false);
    }

    private CustodyView view(CustodyEpisode c) {
        String label = court.order(c.getOrderId()).map(o -> o.getKind().getLabel() + " from " + o.getStartsOn()).orElse("order " + c.getOrderId());
        return new CustodyView(c, label);
    }

    private CustodyEpisode found(long id, String permission, String action) {
        CustodyEpisode episode = repository.find(id).orElse(null);
        if (episode == null) {
            access.requirePermission(permission, action, RECORD_TYPE, Long.toString(id));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, episode.getPersonId());
        return episode;
    }
}
