package org.harbour.core.involvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.involvement.domain.CodeList;
import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.involvement.infrastructure.InvolvementRepository;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every start and end of a child's involvements and placement episodes, for the chronology. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InvolvementChronology implements ChronologySource {

    private static final String CORE = "core";

    @Inject
    private InvolvementRepository repository;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String moduleId() {
        return CORE;
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        List<ChronologyEvent> events = new ArrayList<>();
        for (Involvement i : repository.ofPerson(personId)) {
            events.add(event(i, i.getStartDate(), startTitle(i)));
            LocalDate ended = i.getEndedOn();
            if (ended != null) {
                events.add(event(i, ended, endTitle(i)));
            }
            if (i.getKind() == InvolvementKind.SECTION_47 && i.getIcpcDate() != null
                    && !i.getIcpcDate().isAfter(LocalDate.now(clock))) {
                events.add(new ChronologyEvent(CORE, i.getIcpcDate(), "Child protection conference",
                        "Initial child protection conference held", null, i.getRecordedBy()));
            }
        }
        for (PlacementEpisode e : repository.episodesOfPerson(personId)) {
            String category = InvolvementKind.PLACEMENT_EPISODE.getLabel();
            events.add(new ChronologyEvent(CORE, e.getStartDate(), category,
                    placementStartTitle(e),
                    DfeCodes.PLACEMENT_TYPE.label(e.getPlacementType()), e.getRecordedBy()));
            if (e.getEndDate() != null) {
                events.add(new ChronologyEvent(CORE, e.getEndDate(), category,
                        "Placement episode ended (" + words(DfeCodes.REASON_EPISODE_CEASED, e.getReasonCeased()) + ")",
                        DfeCodes.REASON_EPISODE_CEASED.label(e.getReasonCeased()), e.getRecordedBy()));
            }
        }
        return events;
    }

    private static ChronologyEvent event(Involvement i, LocalDate date, String title) {
        String detail = InvolvementViews.summary(i);
        return new ChronologyEvent(CORE, date, i.getKind().getLabel(), title, detail.isEmpty() ? null : detail,
                i.getRecordedBy());
    }

    /** The episode's codes in words, as the worker reads them; the placement type is the event's detail. */
    static String placementStartTitle(PlacementEpisode e) {
        return "Placement started (legal status: " + words(DfeCodes.LEGAL_STATUS, e.getLegalStatus())
                + "; reason: " + words(DfeCodes.REASON_NEW_EPISODE, e.getReasonNewEpisode()) + ")";
    }

    static String startTitle(Involvement i) {
        return switch (i.getKind()) {
            case CONTACT -> "Contact received from " + words(DfeCodes.CONTACT_SOURCE, i.getSourceCode());
            case REFERRAL -> "Referral received from " + words(DfeCodes.REFERRAL_SOURCE, i.getSourceCode());
            case ASSESSMENT -> "Single assessment started";
            case CIN_PLAN -> "Child in need plan started";
            case STRATEGY_DISCUSSION -> "Strategy discussion held";
            case SECTION_47 -> "Section 47 enquiry started";
            case CP_PLAN -> "Child protection plan started (category: " + words(DfeCodes.ABUSE_CATEGORY, i.getCategoryCode()) + ")";
            case LOOKED_AFTER -> "Started to be looked after";
            case CARE_LEAVER -> "Care leaver (" + words(DfeCodes.CARE_LEAVER_STATUS, i.getLeaverStatus()) + ")";
            case EARLY_HELP -> "Early help episode started (lead: " + words(DfeCodes.EARLY_HELP_LEAD_AGENCY, i.getLeadAgency()) + ")";
            case PLACEMENT_EPISODE -> "Placement started";
        };
    }

    static String endTitle(Involvement i) {
        return switch (i.getKind()) {
            case REFERRAL -> "Referral closed (" + words(DfeCodes.CLOSURE_REASON, i.getClosureReason()) + ")";
            case ASSESSMENT -> "Single assessment authorised";
            case CIN_PLAN -> "Child in need plan ended";
            case SECTION_47 -> "Section 47 enquiry completed"
                    + (i.getOutcomeCode() == null ? "" : " (outcome: " + words(DfeCodes.S47_OUTCOME, i.getOutcomeCode()) + ")");
            case CP_PLAN -> "Child protection plan ended";
            case LOOKED_AFTER -> "Ceased to be looked after";
            case CARE_LEAVER -> "Care leaver support ended";
            case EARLY_HELP -> "Early help episode ended";
            default -> i.getKind().getLabel() + " ended";
        };
    }

    /** A code by its description, as a person reads it; "not recorded" when there is none. */
    private static String words(CodeList list, String code) {
        if (code == null || code.isBlank()) {
            return "not recorded";
        }
        return list.describe(code).orElse(code);
    }
}
