package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One timeline of a child's events, merged from every {@link ChronologySource}: core's own and
 * those of the modules the user may use. A source that fails is named on the page rather than
 * taking the whole chronology down.
 */
@ApplicationScoped
@Requires(CorePermissions.RECORDS)
public class ChildChronology {

    private static final Logger LOG = Logger.getLogger(ChildChronology.class.getName());

    @Inject
    private Instance<ChronologySource> sources;

    @Inject
    private CurrentAccess access;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private AuditLog audit;

    /** Newest first; throws {@link RecordNotFoundException} for an unknown or refused id. */
    public Timeline of(long personId) {
        recordAccess.require(personId, "CHRONOLOGY_VIEW");
        List<ChronologyEvent> events = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ChronologySource source : sources) {
            String moduleId = source.moduleId();
            if (!access.shows(moduleId)) {
                continue;
            }
            try {
                source.eventsFor(personId).stream().filter(e -> access.shows(e.getModuleId())).forEach(events::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Chronology source of module " + moduleId + " failed", e);
                failed.add(moduleId);
            }
        }
        events.sort(Comparator.comparing(ChronologyEvent::getDate).reversed());
        audit.success("CHRONOLOGY_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), events.size() + " events");
        return new Timeline(events, failed);
    }
}
