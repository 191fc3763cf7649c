package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.module.ReachSource;
import org.harbour.pause.PauseModule;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.cohort.application.FamilyHistories;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Need to know of the Pause team (the service area of the setting {@code pause.team-service-area})
 * for the women Pause works with or may offer the programme to: a woman Pause holds a record of,
 * or a woman of the cohort computed from the records. Nobody outside the team gains anything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PauseReach implements ReachSource {

    @Inject
    private PauseAccess access;

    @Inject
    private ParticipationRepository participations;

    @Inject
    private FamilyHistories histories;

    @Override
    public String moduleId() {
        return PauseModule.ID;
    }

    @Override
    public boolean reaches(long personId, String username, LocalDate today) {
        return access.inTeam(username) && worksWith(personId, today);
    }

    /** The team is asked about once for the whole list: most staff are not in it, and then reach no one here. */
    @Override
    public Set<Long> reachedOf(Collection<Long> personIds, String username, LocalDate today) {
        if (!access.inTeam(username)) {
            return Set.of();
        }
        return personIds.stream()
                .filter(personId -> worksWith(personId, today))
                .collect(Collectors.toSet());
    }

    private boolean worksWith(long personId, LocalDate today) {
        return participations.holds(personId) || histories.inCohort(personId, today);
    }
}
