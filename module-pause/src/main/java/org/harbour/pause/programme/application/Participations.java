package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.pause.PauseModule;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finding a participation behind the user's checks, checking the version sent, and viewing it. */
@ApplicationScoped
public class Participations {

    static final String RECORD_TYPE = "pause-participation";

    @Inject
    private ParticipationRepository repository;

    @Inject
    private PauseAccess access;

    @Inject
    private Names names;

    @Inject
    private ModuleSettings settings;

    /** The participation after the permission and the reach to the woman are checked (refusals audited). */
    public Participation checked(long id, String permission, String action) {
        Participation p = repository.find(id).orElse(null);
        if (p == null) {
            access.requirePermission(permission, action, RECORD_TYPE, Long.toString(id));
            access.success(action + "_NOT_FOUND", RECORD_TYPE, Long.toString(id), "No such participation");
            throw new RecordNotFoundException(-1);
        }
        access.requireWoman(permission, action, p.getPersonId());
        return p;
    }

    /** For reading her record: the Pause team, or an open break-glass access. */
    public Participation forReading(long id, String action) {
        Participation p = repository.find(id).orElseThrow(() -> new RecordNotFoundException(-1));
        access.requireRecordRead(action, p.getPersonId());
        return p;
    }

    static void checkVersion(Participation p, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (p.getVersion() != version) {
            throw new EditConflictException(p.getUpdatedBy(), p.getUpdatedAt(), p.getVersion());
        }
    }

    public int programmeMonths() {
        return settings.intValue(PauseModule.ID, "programme-months");
    }

    public ParticipationView view(Participation p) {
        return views(List.of(p)).get(0);
    }

    public List<ParticipationView> views(List<Participation> all) {
        Map<Long, String> women = names.people(all.stream().map(Participation::getPersonId).toList());
        Map<String, String> staff = names.staff(all.stream().map(Participation::getPractitioner).filter(Objects::nonNull).toList());
        int months = programmeMonths();
        return all.stream().map(p -> new ParticipationView(p, women.getOrDefault(p.getPersonId(), "Unknown person"),
                p.getPractitioner() == null ? null : staff.get(p.getPractitioner()), months)).toList();
    }
}
