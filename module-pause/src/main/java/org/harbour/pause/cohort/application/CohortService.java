package org.harbour.pause.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.ChildRow;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.cohort.domain.ChildOrder;
import org.harbour.pause.cohort.domain.ChildRemoval;
import org.harbour.pause.cohort.domain.Cohort;
import org.harbour.pause.cohort.domain.CohortEntry;
import org.harbour.pause.cohort.domain.FamilyHistory;
import org.harbour.pause.cohort.domain.OrderKind;
import org.harbour.pause.cohort.domain.Funnel;
import org.harbour.pause.cohort.domain.RemovalEvent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cohort and the funnel, computed from the social-care records each time they are asked for
 * (never keyed by hand); only the Pause team sees them, and every look is audited.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(PausePermissions.ACCESS)
public class CohortService {

    public static final String VIEW = "PAUSE_COHORT_VIEW";
    public static final String FUNNEL = "PAUSE_FUNNEL_VIEW";
    public static final String RECORD_TYPE = "pause-cohort";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LONGEST_PERIOD_YEARS = 20;

    @Inject
    private PauseAccess access;

    @Inject
    private FamilyHistories histories;

    @Inject
    private CaseData caseData;

    /** The cohort today, highest priority first, narrowed by the filter. */
    public List<CohortRow> cohort(CohortFilter filter) {
        access.requirePermission(PausePermissions.COHORT, VIEW, RECORD_TYPE, "all");
        LocalDate today = access.today();
        List<CohortRow> rows = rows(Cohort.on(histories.all(), today), today).stream().filter(filter::keeps).toList();
        access.success(VIEW, RECORD_TYPE, "all", rows.size() + " women listed (" + filter + ")");
        return rows;
    }

    /** One woman's place in the cohort, with the reasons; she must be in it. */
    public CohortRow woman(long personId) {
        access.requirePermission(PausePermissions.COHORT, VIEW, RECORD_TYPE, Long.toString(personId));
        LocalDate today = access.today();
        FamilyHistory history = histories.of(personId).filter(h -> h.removalsBy(today).size() >= 2).orElse(null);
        if (history == null) {
            access.denied(VIEW, personId, "Not in the Pause cohort");
            throw new RecordNotFoundException(personId);
        }
        CohortRow row = rows(List.of(CohortEntry.of(history, today)), today).get(0);
        access.success(VIEW, personId, "cohort entry");
        return row;
    }

    /** The city's scoping funnel over a period, both days included. */
    public FunnelView funnel(LocalDate from, LocalDate to) {
        access.requirePermission(PausePermissions.COHORT, FUNNEL, RECORD_TYPE, "funnel");
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "Enter both days of the period (dd/MM/yyyy).");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The period must end on or after its first day.");
        }
        if (from.isBefore(to.minusYears(LONGEST_PERIOD_YEARS))) {
            throw new InvalidInputException("from", "Choose a period of at most " + LONGEST_PERIOD_YEARS + " years.");
        }
        FunnelView view = new FunnelView(Funnel.over(histories.all(), from, to));
        access.success(FUNNEL, RECORD_TYPE, "funnel", from + " to " + to);
        return view;
    }

    private List<CohortRow> rows(List<CohortEntry> entries, LocalDate today) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> {
            ids.add(e.motherId());
            e.events().forEach(ev -> ev.children().forEach(c -> ids.add(c.childId())));
        });
        Map<Long, ChildRow> names = ids.isEmpty() ? Map.of()
                : caseData.read(q -> q.children(ids)).stream().collect(Collectors.toMap(ChildRow::personId, Function.identity()));
        return entries.stream().map(e -> new CohortRow(e, fullName(names.get(e.motherId())), reasons(e, names))).toList();
    }

    /** Which children, which orders, which dates; and the rules she meets. */
    static List<String> reasons(CohortEntry entry, Map<Long, ChildRow> names) {
        List<String> reasons = new ArrayList<>();
        for (RemovalEvent event : entry.events()) {
            String children = event.children().stream().map(c -> child(c, names)).collect(Collectors.joining("; "));
            reasons.add("Removal " + event.number() + " from " + DAY.format(event.removedOn()) + ": " + children);
        }
        if (entry.newSecondRemoval()) {
            reasons.add("New second removal: her second removal was of a child born more than 40 weeks after the first.");
        }
        if (entry.meetsCityRule()) {
            reasons.add(entry.removedInWindow() + " children permanently removed in the past two years (the city's rule).");
        }
        return reasons;
    }

    private static String child(ChildRemoval c, Map<Long, ChildRow> names) {
        ChildRow row = names.get(c.childId());
        String who = row == null ? "child " + c.childId() : row.givenName();
        String born = c.dateOfBirth() == null ? "" : " (born " + DAY.format(c.dateOfBirth()) + ")";
        String orders = c.orders().stream().map(ChildOrder::kind).distinct()
                .map(k -> k.getLabel().toLowerCase() + " " + DAY.format(firstOf(c, k)))
                .collect(Collectors.joining(", "));
        return who + born + ": " + orders;
    }

    private static LocalDate firstOf(ChildRemoval c, OrderKind kind) {
        return c.orders().stream().filter(o -> o.kind() == kind).map(ChildOrder::date).min(LocalDate::compareTo).orElseThrow();
    }

    private static String fullName(ChildRow row) {
        return row == null ? "Unknown person" : row.givenName() + " " + row.familyName();
    }
}
