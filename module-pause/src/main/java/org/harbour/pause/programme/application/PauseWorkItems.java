package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.pause.PauseModule;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.Stage;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What is due for women in the programme, in My work of the Pause team only: for anyone without
 * {@code pause:record} (a social worker whose caseload holds her children) it yields nothing, and
 * it never names a child, so her participation never shows beside her children.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PauseWorkItems implements WorkItemSource {

    @Inject
    private PauseAccess access;

    @Inject
    private ParticipationRepository repository;

    @Inject
    private ProgrammeService programme;

    @Override
    public String moduleId() {
        return PauseModule.ID;
    }

    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        if (!access.has(PausePermissions.RECORD)) {
            return List.of();
        }
        Set<Long> asked = Set.copyOf(personIds);
        List<Participation> active = repository.inStages(EnumSet.of(Stage.ENGAGEMENT, Stage.INTERVENTION)).stream()
                .filter(p -> asked.contains(p.getPersonId())).toList();
        return programme.dueFor(active, today).stream()
                .map(d -> new WorkItem(PauseModule.ID, d.getPersonId(), "Pause: " + d.getTitle(), d.getDueOn(), d.isOverdue(),
                        "/pause/woman.xhtml?id=" + d.getParticipationId()))
                .toList();
    }
}
