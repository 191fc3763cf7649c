package org.harbour.youthjustice.court.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.infrastructure.OutcomeRepository;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the child's court work with one check and one audit entry. */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class CourtRecordService {

    public static final String VIEW = "YJ_COURT_VIEW";

    @Inject
    private CourtRepository repository;

    @Inject
    private OutcomeRepository outcomes;

    @Inject
    private YjAccess access;

    public CourtRecordView record(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        String name = access.childName(personId);
        LocalDate today = access.today();
        Map<Long, Outcome> byId = outcomes.ofChild(personId).stream().collect(Collectors.toMap(Outcome::getId, Function.identity()));
        CourtRecordView view = new CourtRecordView(personId, name,
                repository.hearingsOf(personId).stream().map(h -> new HearingView(h, name)).toList(),
                repository.reportsOf(personId).stream().map(r -> new ReportView(r, name, today)).toList(),
                repository.ordersOf(personId).stream().map(o -> new OrderView(o,
                        byId.containsKey(o.getOutcomeId()) ? byId.get(o.getOutcomeId()).getQuashedOn() : null)).toList(),
                repository.breachesOf(personId).stream().map(BreachView::new).toList(),
                repository.bailOf(personId).stream().map(BailView::new).toList());
        access.success(VIEW, personId, "court work");
        return view;
    }
}
