package org.harbour.pause.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.people.People;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.domain.BreakGlass;
import org.harbour.pause.access.infrastructure.BreakGlassRepository;

import java.time.Duration;
import java.util.List;

/**
 * Emergency access to one woman's Pause record for a role named for it (default: administrators),
 * with a reason of at least a sentence. Opening it is audited with the reason; while it lasts
 * every read through it is audited as a break-glass read; the team leader sees them all.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(PausePermissions.ACCESS)
public class BreakGlassService {

    public static final String OPEN = "PAUSE_BREAK_GLASS";
    public static final String LIST = "PAUSE_BREAK_GLASS_LIST";
    private static final int SHORTEST_REASON = 15;

    @Inject
    private PauseAccess access;

    @Inject
    private BreakGlassRepository repository;

    @Inject
    private People people;

    @Requires({PausePermissions.ACCESS, PausePermissions.BREAK_GLASS})
    public void open(long personId, String reason) {
        if (reason == null || reason.trim().length() < SHORTEST_REASON) {
            throw new InvalidInputException("reason", "Say why you need this record now, in at least " + SHORTEST_REASON + " characters.");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "Keep the reason to 1000 characters.");
        }
        if (!repository.pauseHoldsRecordOf(personId)) {
            access.denied(OPEN, personId, "Break-glass refused: Pause holds no record of this person");
            throw new RecordNotFoundException(personId);
        }
        repository.add(new BreakGlass(personId, access.username(), reason.trim(), access.clock().instant()));
        access.success(OPEN, personId, "Break-glass opened for " + BreakGlass.LASTS.toHours() + " hours: " + reason.trim());
    }

    /** Accesses of the last 90 days, newest first, for the Pause team leader. */
    @Requires({PausePermissions.ACCESS, PausePermissions.OVERSEE})
    public List<BreakGlassView> recent() {
        List<BreakGlassView> all = repository.since(access.clock().instant().minus(Duration.ofDays(90))).stream()
                .map(b -> new BreakGlassView(b, people.nameOf(b.getPersonId()))).toList();
        access.success(LIST, "pause-break-glass", "recent", "listed " + all.size());
        return all;
    }
}
