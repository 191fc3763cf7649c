package org.harbour.core.involvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.InvolvementRules;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.involvement.infrastructure.InvolvementRepository;
import org.harbour.core.spi.calendar.TimescaleStatus;
import org.harbour.core.spi.calendar.Timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Turns involvements into the views lists and the API show, with their timescales worked out. */
@ApplicationScoped
public class InvolvementViews {

    @Inject
    private Timescales timescales;

    @Inject
    private InvolvementRepository repository;

    public InvolvementView of(Involvement i, List<Involvement> ofSameChild, LocalDate today) {
        InvolvementView v = new InvolvementView();
        v.setKind(i.getKind().getSlug());
        v.setKindLabel(i.getKind().getLabel());
        v.setId(i.getId());
        v.setVersion(i.getVersion());
        v.setReferralId(i.getReferralId());
        v.setStartDate(i.getStartDate());
        v.setEndDate(i.getEndDate());
        v.setSourceCode(i.getSourceCode());
        v.setPrimaryNeed(i.getPrimaryNeed());
        v.setNfa(i.isNfa());
        v.setClosureReason(i.getClosureReason());
        v.setCompletedOn(i.getCompletedOn());
        v.setFactors(i.getFactors());
        v.setOutcomeCode(i.getOutcomeCode());
        v.setIcpcDate(i.getIcpcDate());
        v.setCategoryCode(i.getCategoryCode());
        v.setLatestCategoryCode(i.getLatestCategoryCode());
        v.setLeaverStatus(i.getLeaverStatus());
        v.setInTouch(i.getInTouch());
        v.setActivityCode(i.getActivityCode());
        v.setAccommodationCode(i.getAccommodationCode());
        v.setLeadAgency(i.getLeadAgency());
        v.setOpen(i.isOpen());
        v.setRecordedBy(i.getRecordedBy());
        v.setRecordedAt(i.getRecordedAt());
        v.setUpdatedBy(i.getUpdatedBy());
        v.setUpdatedAt(i.getUpdatedAt());
        v.setSummary(summary(i));
        timescale(v, i, ofSameChild, today);
        return v;
    }

    public InvolvementView of(PlacementEpisode e) {
        InvolvementView v = new InvolvementView();
        v.setKind(InvolvementKind.PLACEMENT_EPISODE.getSlug());
        v.setKindLabel(InvolvementKind.PLACEMENT_EPISODE.getLabel());
        v.setId(e.getId());
        v.setVersion(e.getVersion());
        v.setPeriodId(e.getPeriodId());
        v.setStartDate(e.getStartDate());
        v.setEndDate(e.getEndDate());
        v.setLegalStatus(e.getLegalStatus());
        v.setPlacementType(e.getPlacementType());
        v.setPlacementProvider(e.getPlacementProvider());
        v.setReasonNewEpisode(e.getReasonNewEpisode());
        v.setReasonCeased(e.getReasonCeased());
        v.setReasonPlaceChange(e.getReasonPlaceChange());
        v.setPlacementPostcode(e.getPlacementPostcode());
        v.setPlacementLocalAuthority(e.getPlacementLocalAuthority());
        v.setPlacementLocation(e.getPlacementLocation());
        v.setPlacementDistance(e.getPlacementDistance());
        v.setOpen(e.getEndDate() == null);
        v.setRecordedBy(e.getRecordedBy());
        v.setRecordedAt(e.getRecordedAt());
        v.setUpdatedBy(e.getUpdatedBy());
        v.setUpdatedAt(e.getUpdatedAt());
        StringJoiner s = new StringJoiner("; ");
        s.add("Placement " + DfeCodes.PLACEMENT_TYPE.label(e.getPlacementType()));
        s.add("legal status: " + DfeCodes.LEGAL_STATUS.label(e.getLegalStatus()));
        s.add("provider: " + DfeCodes.PLACEMENT_PROVIDER.label(e.getPlacementProvider()));
        s.add("reason: " + DfeCodes.REASON_NEW_EPISODE.label(e.getReasonNewEpisode()));
        if (e.getPlacementLocation() != null) {
            s.add(DfeCodes.PLACEMENT_LOCATION.describe(e.getPlacementLocation()).orElse(e.getPlacementLocation())
                    + (e.getPlacementLocalAuthority() == null ? "" : " (" + e.getPlacementLocalAuthority() + ")")
                    + (e.getPlacementDistance() == null ? "" : ", " + e.getPlacementDistance().toPlainString() + " miles"));
        }
        if (e.getReasonCeased() != null) {
            s.add("ceased: " + DfeCodes.REASON_EPISODE_CEASED.label(e.getReasonCeased()));
        }
        v.setSummary(s.toString());
        return v;
    }

    /** Every involvement and episode of one child, by start date. */
    public List<InvolvementView> allOf(long personId, LocalDate today) {
        List<Involvement> involvements = repository.ofPerson(personId);
        List<InvolvementView> views = new ArrayList<>();
        involvements.forEach(i -> views.add(of(i, involvements, today)));
        repository.episodesOfPerson(personId).forEach(e -> views.add(of(e)));
        views.sort((a, b) -> {
            int byDate = a.getStartDate().compareTo(b.getStartDate());
            return byDate != 0 ? byDate : a.getKindLabel().compareTo(b.getKindLabel());
        });
        return views;
    }

    /** A one-line account of the codes, for lists and the chronology. */
    public static String summary(Involvement i) {
        StringJoiner s = new StringJoiner("; ");
        switch (i.getKind()) {
            case CONTACT -> s.add("Source " + DfeCodes.CONTACT_SOURCE.label(i.getSourceCode()));
            case REFERRAL -> {
                s.add("Source " + DfeCodes.REFERRAL_SOURCE.label(i.getSourceCode()));
                if (i.getPrimaryNeed() != null) {
                    s.add("need " + DfeCodes.PRIMARY_NEED.label(i.getPrimaryNeed()));
                }
                if (i.isNfa()) {
                    s.add("no further action");
                }
                if (i.getClosureReason() != null) {
                    s.add("closed " + DfeCodes.CLOSURE_REASON.label(i.getClosureReason()));
                }
            }
            case ASSESSMENT -> {
                if (i.getFactors() != null && !i.getFactors().isBlank()) {
                    s.add("Factors: " + String.join(", ", InvolvementRules.codes(i.getFactors()).stream()
                            .map(DfeCodes.ASSESSMENT_FACTOR::label).toList()));
                }
            }
            case SECTION_47 -> {
                if (i.getOutcomeCode() != null) {
                    s.add("Outcome " + DfeCodes.S47_OUTCOME.label(i.getOutcomeCode()));
                }
            }
            case CP_PLAN -> {
                s.add("Category " + DfeCodes.ABUSE_CATEGORY.label(i.getCategoryCode()));
                if (i.getLatestCategoryCode() != null && !i.getLatestCategoryCode().equals(i.getCategoryCode())) {
                    s.add("latest " + DfeCodes.ABUSE_CATEGORY.label(i.getLatestCategoryCode()));
                }
            }
            case CARE_LEAVER -> {
                s.add(DfeCodes.CARE_LEAVER_STATUS.describe(i.getLeaverStatus()).orElse(i.getLeaverStatus()));
                if (i.getInTouch() != null) {
                    s.add(DfeCodes.IN_TOUCH.describe(i.getInTouch()).orElse(i.getInTouch()));
                }
                if (i.getActivityCode() != null) {
                    s.add("activity " + i.getActivityCode());
                }
                if (i.getAccommodationCode() != null) {
                    s.add("accommodation " + i.getAccommodationCode());
                }
            }
            case EARLY_HELP -> s.add("Lead " + DfeCodes.EARLY_HELP_LEAD_AGENCY.describe(i.getLeadAgency())
                    .orElse(i.getLeadAgency()));
            default -> {
                // dates only
            }
        }
        return s.toString();
    }

    private void timescale(InvolvementView v, Involvement i, List<Involvement> ofSameChild, LocalDate today) {
        if (i.getKind() == InvolvementKind.ASSESSMENT && i.getReferralId() != null) {
            ofSameChild.stream().filter(r -> r.getId().equals(i.getReferralId())).findFirst().ifPresent(referral -> {
                TimescaleStatus status = timescales.status(referral.getStartDate(), InvolvementTimescales.ASSESSMENT,
                        i.getCompletedOn(), today);
                v.setTimescale("Single assessment within " + InvolvementTimescales.ASSESSMENT.getDescription()
                        + " of the referral");
                v.setDueOn(status.getDueOn());
                v.setTimescaleState(status.getState().name());
            });
        }
        if (i.getKind() == InvolvementKind.SECTION_47 && icpcExpected(i)) {
            LocalDate from = ofSameChild.stream()
                    .filter(s -> s.getKind() == InvolvementKind.STRATEGY_DISCUSSION && !s.getStartDate().isAfter(i.getStartDate()))
                    .map(Involvement::getStartDate).max(LocalDate::compareTo).orElse(i.getStartDate());
            TimescaleStatus status = timescales.status(from, InvolvementTimescales.ICPC, i.getIcpcDate(), today);
            v.setTimescale("Initial child protection conference within " + InvolvementTimescales.ICPC.getDescription()
                    + " of the strategy discussion");
            v.setDueOn(status.getDueOn());
            v.setTimescaleState(status.getState().name());
        }
    }

    /** A conference is expected unless the enquiry's outcome says none is needed. */
    static boolean icpcExpected(Involvement s47) {
        return s47.getOutcomeCode() == null || "ICPC".equals(s47.getOutcomeCode());
    }
}
