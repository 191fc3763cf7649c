package org.harbour.core.involvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.involvement.infrastructure.InvolvementRepository;
import org.harbour.core.spi.event.ChildBecameLookedAfter;
import org.harbour.core.spi.event.ChildLeftCare;
import org.harbour.core.spi.event.PlanEnded;
import org.harbour.core.spi.event.PlanKind;
import org.harbour.core.spi.event.PlanStarted;

import java.util.Comparator;

/**
 * Tells modules (through {@link org.harbour.core.spi.event}) when a child becomes looked after or
 * leaves care, and when a plan starts or ends. Fired inside the transaction that saves the change;
 * observers take them after it commits. Only a change of open or ended fires: correcting the dates
 * of a plan still open does not.
 */
@ApplicationScoped
class InvolvementEvents {

    @Inject
    private InvolvementRepository repository;

    @Inject
    private Event<ChildBecameLookedAfter> becameLookedAfter;

    @Inject
    private Event<ChildLeftCare> leftCare;

    @Inject
    private Event<PlanStarted> planStarted;

    @Inject
    private Event<PlanEnded> planEnded;

    /** A new involvement: it started, and, when recorded with its end already, ended too. */
    void recorded(Involvement involvement) {
        started(involvement);
        if (involvement.getEndDate() != null) {
            ended(involvement);
        }
    }

    /** A saved involvement that was open (or ended) before the change. */
    void updated(Involvement involvement, boolean wasEnded) {
        boolean ended = involvement.getEndDate() != null;
        if (ended && !wasEnded) {
            ended(involvement);
        } else if (!ended && wasEnded) {
            started(involvement);
        }
    }

    private void started(Involvement i) {
        if (i.getKind() == InvolvementKind.LOOKED_AFTER) {
            becameLookedAfter.fire(new ChildBecameLookedAfter(i.getPersonId(), i.getId(), i.getStartDate()));
        } else if (planKind(i.getKind()) != null) {
            planStarted.fire(new PlanStarted(i.getPersonId(), i.getId(), planKind(i.getKind()), i.getStartDate(),
                    i.getCategoryCode()));
        }
    }

    private void ended(Involvement i) {
        if (i.getKind() == InvolvementKind.LOOKED_AFTER) {
            String reason = repository.episodesOf(i.getId()).stream()
                    .max(Comparator.comparing(PlacementEpisode::getStartDate))
                    .map(PlacementEpisode::getReasonCeased).orElse(null);
            leftCare.fire(new ChildLeftCare(i.getPersonId(), i.getId(), i.getEndDate(), reason));
        } else if (planKind(i.getKind()) != null) {
            planEnded.fire(new PlanEnded(i.getPersonId(), i.getId(), planKind(i.getKind()), i.getEndDate()));
        }
    }

    private static PlanKind planKind(InvolvementKind kind) {
        return switch (kind) {
            case CIN_PLAN -> PlanKind.CHILD_IN_NEED;
            case CP_PLAN -> PlanKind.CHILD_PROTECTION;
            default -> null;
        };
    }
}
