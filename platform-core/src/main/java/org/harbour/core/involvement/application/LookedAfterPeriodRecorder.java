package org.harbour.core.involvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.InvolvementRuleException;
import org.harbour.core.involvement.domain.RuleViolation;
import org.harbour.core.involvement.infrastructure.InvolvementRepository;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.record.CloseLookedAfterPeriod;
import org.harbour.core.spi.record.LookedAfterPeriods;
import org.harbour.core.spi.record.OpenLookedAfterPeriod;
import org.harbour.core.spi.record.OpenedPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Core's {@link LookedAfterPeriods}: a period and its first episode recorded through
 * {@link InvolvementService}, exactly as the Involvements tab records them (same rules, audit and
 * events), in one transaction so a refused episode leaves no period behind.
 */
@ApplicationScoped
@Transactional
@Requires(CorePermissions.RECORDS)
public class LookedAfterPeriodRecorder implements LookedAfterPeriods {

    private static final String OPEN = InvolvementKind.LOOKED_AFTER.name() + "_CREATE";
    /** The first episode of a period: started to be looked after. */
    private static final String STARTED = "S";

    @Inject
    private InvolvementService involvements;

    @Inject
    private InvolvementRepository repository;

    @Inject
    private RecordAccess records;

    @Inject
    private AuditLog audit;

    @Override
    public OpenedPeriod open(OpenLookedAfterPeriod request) {
        records.require(request.personId(), OPEN);
        if (request.startDate() == null) {
            throw new InvalidInputException("startDate", "Enter the day the child became looked after.");
        }
        requireCode("legalStatus", request.legalStatus(), DfeCodes.LEGAL_STATUS.contains(request.legalStatus()),
                "a legal status (LS) of SSDA903, e.g. J1 remand or V2 section 20");
        refuseOverlap(request.personId(), request.startDate());

        InvolvementForm period = new InvolvementForm();
        period.setKind(InvolvementKind.LOOKED_AFTER.getSlug());
        period.setStartDate(request.startDate());
        period.setPrimaryNeed(request.categoryOfNeed());
        long periodId = checked(() -> involvements.record(request.personId(), period)).getId();

        InvolvementForm episode = new InvolvementForm();
        episode.setKind(InvolvementKind.PLACEMENT_EPISODE.getSlug());
        episode.setPeriodId(periodId);
        episode.setStartDate(request.startDate());
        episode.setLegalStatus(request.legalStatus());
        episode.setReasonNewEpisode(STARTED);
        episode.setPlacementType(request.placementType());
        episode.setPlacementProvider(request.placementProvider());
        episode.setPlacementPostcode(request.placementPostcode());
        long episodeId = checked(() -> involvements.record(request.personId(), episode)).getId();
        return new OpenedPeriod(periodId, episodeId);
    }

    @Override
    public void close(CloseLookedAfterPeriod request) {
        records.require(request.personId(), InvolvementService.UPDATE);
        Involvement period = repository.find(request.periodId())
                .filter(p -> p.getPersonId() == request.personId() && p.getKind() == InvolvementKind.LOOKED_AFTER)
                .orElseThrow(() -> {
                    audit.denied(InvolvementService.UPDATE, RecordAccess.RECORD_TYPE, Long.toString(request.personId()),
                            "No looked-after period " + request.periodId() + " on this record");
                    return new RecordNotFoundException(request.personId());
                });
        if (period.getEndDate() != null) {
            String ended = "This looked-after period already ended on " + period.getEndDate() + ".";
            throw new RuleRefusedException("periodId", ended, List.of(ended));
        }
        if (request.endDate() == null) {
            throw new InvalidInputException("endDate", "Enter the day the child stopped being looked after.");
        }
        requireCode("reasonCeased", request.reasonCeased(),
                DfeCodes.REASON_EPISODE_CEASED.contains(request.reasonCeased()),
                "a reason episode ceased (REC) of SSDA903, e.g. E14 accommodation on remand ended");

        InvolvementForm form = new InvolvementForm();
        form.setKind(InvolvementKind.LOOKED_AFTER.getSlug());
        form.setVersion(period.getVersion());
        form.setStartDate(period.getStartDate());
        form.setEndDate(request.endDate());
        form.setReasonCeased(request.reasonCeased());
        checked(() -> involvements.update(request.personId(), InvolvementKind.LOOKED_AFTER, period.getId(), form));
    }

    /** A child is in one period of care at a time: a new one starts only after every other has ended. */
    private void refuseOverlap(long personId, LocalDate start) {
        repository.ofPerson(personId).stream()
                .filter(i -> i.getKind() == InvolvementKind.LOOKED_AFTER)
                .filter(i -> i.getEndDate() == null || i.getEndDate().isAfter(start))
                .findFirst().ifPresent(i -> {
                    String reason = i.getEndDate() == null
                            ? "The child is already looked after, since " + i.getStartDate()
                              + ": record a change of legal status or placement as a new episode of that period."
                            : "The child was looked after from " + i.getStartDate() + " to " + i.getEndDate()
                              + ", which overlaps this start.";
                    throw new RuleRefusedException("startDate", "The child cannot be looked after twice at once.",
                            List.of(reason));
                });
    }

    private static void requireCode(String field, String code, boolean known, String expected) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "Give " + expected + ".");
        }
        if (!known) {
            String shown = code.length() > 10 ? code.substring(0, 10) + "..." : code;
            throw new InvalidInputException(field, "'" + shown + "' is not " + expected + ".");
        }
    }

    /** The involvement rules' findings in the published API's terms: the first field, every message. */
    private static InvolvementView checked(Supplier<InvolvementView> work) {
        try {
            return work.get();
        } catch (InvolvementRuleException e) {
            List<RuleViolation> violations = e.violations();
            throw new InvalidInputException(violations.get(0).field(), violations.stream()
                    .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining(" ")));
        }
    }
}
