package org.harbour.pause.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.cohort.application.CohortFilter;
import org.harbour.pause.cohort.application.CohortRow;
import org.harbour.pause.cohort.application.CohortService;
import org.harbour.pause.programme.domain.Contraception;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.infrastructure.ParticipationRepository;
import org.harbour.pause.programme.infrastructure.WomanRecordRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cohort as CSV with each woman's stage and latest contraception record: audited with the
 * number of women and whether health data went out, which it does only for holders of
 * {@code pause:health-data} (the contraception method).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ActionRefusedException.class)
@Requires({PausePermissions.ACCESS, PausePermissions.EXPORT})
public class CohortExport {

    public static final String EXPORT = "PAUSE_COHORT_EXPORT";

    @Inject
    private CohortService cohort;

    @Inject
    private ParticipationRepository participations;

    @Inject
    private WomanRecordRepository records;

    @Inject
    private PauseAccess access;

    public String csv() {
        boolean health = access.has(PausePermissions.HEALTH_DATA);
        List<CohortRow> rows = cohort.cohort(CohortFilter.everyone());
        Map<Long, Participation> latest = participations.all().stream().collect(Collectors.toMap(Participation::getPersonId,
                Function.identity(), (a, b) -> a.getReferredOn().isAfter(b.getReferredOn()) ? a : b));
        Map<Long, Contraception> contraception = records.contraceptionOf(latest.values().stream().map(Participation::getId).toList())
                .stream().collect(Collectors.toMap(Contraception::getParticipationId, Function.identity(),
                        (a, b) -> a.getRecordedOn().isAfter(b.getRecordedOn()) ? a : b));
        StringBuilder csv = new StringBuilder("person_id,name,age,priority,removal_events,children_removed,removed_in_two_years,"
                + "new_second_removal,city_rule,stage,contraception_recorded_on,contraception_consent"
                + (health ? ",contraception_method" : "") + "\r\n");
        rows.stream().sorted(Comparator.comparing(CohortRow::getPersonId)).forEach(r -> {
            Participation p = latest.get(r.getPersonId());
            Contraception c = p == null ? null : contraception.get(p.getId());
            csv.append(r.getPersonId()).append(',').append(cell(r.getName())).append(',')
                    .append(r.getAge() == null ? "" : r.getAge()).append(',').append(cell(r.getPriorityLabel())).append(',')
                    .append(r.getRemovalEvents()).append(',').append(r.getRemovedChildren()).append(',')
                    .append(r.getRemovedInTwoYears()).append(',').append(r.isNewSecondRemoval() ? "yes" : "no").append(',')
                    .append(r.isMeetsCityRule() ? "yes" : "no").append(',')
                    .append(cell(p == null ? "Not referred" : p.getStage().getLabel())).append(',')
                    .append(c == null ? "" : c.getRecordedOn()).append(',')
                    .append(c == null ? "" : c.isConsented() ? "yes" : "no");
            if (health) {
                csv.append(',').append(cell(c == null || c.getMethod() == null ? "" : c.getMethod()));
            }
            csv.append("\r\n");
        });
        access.success(EXPORT, CohortService.RECORD_TYPE, "all", rows.size() + " women exported"
                + (health ? " with health data" : " without health data"));
        return csv.toString();
    }

    /** Quoted, and never read by a spreadsheet as a formula. */
    static String cell(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
