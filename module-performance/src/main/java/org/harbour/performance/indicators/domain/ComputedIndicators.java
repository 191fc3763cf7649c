package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.calendar.CaseworkTimescales;
import org.harbour.core.spi.calendar.Timescales;

import java.util.List;

import static org.harbour.performance.indicators.domain.IndicatorDefinition.computed;
import static org.harbour.performance.indicators.domain.OutcomeGroup.BIRTH_FAMILIES;
import static org.harbour.performance.indicators.domain.OutcomeGroup.PERMANENCE;
import static org.harbour.performance.indicators.domain.OutcomeGroup.PRACTICE;
import static org.harbour.performance.indicators.domain.OutcomeGroup.RIGHT_SUPPORT;
import static org.harbour.performance.indicators.domain.OutcomeGroup.WORKFORCE;
import static org.harbour.performance.indicators.domain.Polarity.HIGHER_IS_BETTER;
import static org.harbour.performance.indicators.domain.Polarity.LOWER_IS_BETTER;
import static org.harbour.performance.indicators.domain.Polarity.NEITHER;

/** Every indicator computed from core's case data, in scorecard order, with its definition and target. */
public final class ComputedIndicators {

    private ComputedIndicators() {
    }

    public static List<ComputedIndicator<?>> all(Timescales timescales, CaseworkTimescales settings) {
        return List.of(
                new StartedInMonth(def("contacts", "Contacts", RIGHT_SUPPORT, Unit.COUNT, NEITHER, null,
                        "Contacts received in the month."), "CONTACT"),
                new StartedInMonth(def("referrals", "Referrals", RIGHT_SUPPORT, Unit.COUNT, NEITHER, null,
                        "Referrals received in the month."), "REFERRAL"),
                new ReReferrals(def("re-referrals", "Re-referrals within 12 months", RIGHT_SUPPORT, Unit.PERCENT,
                        LOWER_IS_BETTER, 22.0, "Referrals in the month of a child referred before within 12 months "
                                + "(the same date twelve months earlier included), out of all referrals in the month.")),
                new ReferralsNoFurtherAction(def("referrals-nfa", "Referrals leading to no further action",
                        RIGHT_SUPPORT, Unit.PERCENT, LOWER_IS_BETTER, 10.0,
                        "Referrals in the month marked no further action, out of all referrals in the month.")),
                new AssessmentsCompleted(def("assessments", "Assessments completed", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Single assessments authorised in the month.")),
                new AssessmentsCompleted(def("assessments-rate", "Assessments completed per 10,000 children",
                        RIGHT_SUPPORT, Unit.RATE_PER_10000_CHILDREN, NEITHER, null,
                        "Single assessments authorised in the month per 10,000 children aged 0-17.")),
                new OpenAtMonthEnd(def("cin-plans", "Children on child in need plans", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Children with a child in need plan open at the end of the month."), "CIN_PLAN"),
                new StartedInMonth(def("strategy-discussions", "Strategy discussions", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Strategy discussions held in the month."), "STRATEGY_DISCUSSION"),
                new StartedInMonth(def("section-47s", "Section 47 enquiries", RIGHT_SUPPORT, Unit.COUNT, NEITHER,
                        null, "Section 47 enquiries started in the month."), "SECTION_47"),
                new Section47ToConference(def("s47-to-icpc", "Section 47 enquiries leading to an initial conference",
                        RIGHT_SUPPORT, Unit.PERCENT, HIGHER_IS_BETTER, 35.0, "Section 47 enquiries completed in the "
                                + "month with the outcome 'initial child protection conference', out of all completed.")),
                new OpenAtMonthEnd(def("cp-plans", "Children on child protection plans", BIRTH_FAMILIES, Unit.COUNT,
                        NEITHER, null, "Children with a child protection plan open at the end of the month."), "CP_PLAN"),
                new OpenAtMonthEnd(def("cp-rate", "Children on child protection plans per 10,000", BIRTH_FAMILIES,
                        Unit.RATE_PER_10000_CHILDREN, LOWER_IS_BETTER, 42.0,
                        "Children on a child protection plan at month end per 10,000 children aged 0-17."), "CP_PLAN"),
                new SecondCpPlans(def("cp-second-plan", "Child protection plans for a second or later time",
                        BIRTH_FAMILIES, Unit.PERCENT, LOWER_IS_BETTER, 20.0, "Child protection plans starting in the "
                                + "month for a child who had a plan before, out of all plans starting in the month.")),
                new InCareAtMonthEnd(def("cla", "Children in care", BIRTH_FAMILIES, Unit.COUNT, NEITHER, null,
                        "Children with a looked-after period open at the end of the month, excluding children "
                                + "looked after under an agreed series of short-term placements (legal status V3/V4) "
                                + "(DfE, Children looked after in England, SSDA903 guidance).")),
                new InCareAtMonthEnd(def("cla-rate", "Children in care per 10,000", BIRTH_FAMILIES,
                        Unit.RATE_PER_10000_CHILDREN, LOWER_IS_BETTER, 70.0,
                        "Children in care at month end (short breaks V3/V4 excluded) per 10,000 children aged "
                                + "0-17.")),
                new CareBoundary(def("cla-entrants", "Children entering care", BIRTH_FAMILIES, Unit.COUNT, NEITHER,
                        null, "Children who started to be looked after in the month (a child re-entering care counts "
                                + "again), excluding an agreed series of short-term placements (V3/V4); short breaks "
                                + "becoming another legal status start care that day (DfE SSDA903 guidance)."),
                        CareBoundary.Edge.STARTED),
                new CareBoundary(def("cla-leavers", "Children leaving care", BIRTH_FAMILIES, Unit.COUNT, NEITHER,
                        null, "Children who ceased to be looked after in the month, excluding an agreed series of "
                                + "short-term placements (V3/V4) (DfE SSDA903 guidance)."), CareBoundary.Edge.CEASED),
                new PlacementStability(def("placement-stability", "Children in care with 3 or more placements in "
                        + "the year", PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 10.0, "Children in care at month end "
                        + "with three or more placements in the twelve months to it, out of all children in care at "
                        + "month end (DfE placement stability). Not a new placement: an episode that only changed the "
                        + "legal status (RNE L), or placed for adoption with the current foster carer (A5/A6 with RNE "
                        + "T or U). Short breaks (V3/V4) are left out.")),
                new PlacementMix(def("placement-ifa", "Children in care placed with independent fostering agencies",
                        PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 25.0, "Children whose placement at month end is "
                                + "foster care (U1-U6) by a private or voluntary provider (PR4, PR5), out of all "
                                + "children placed at month end."), PlacementMix.INDEPENDENT_FOSTERING),
                new PlacementMix(def("placement-in-house", "Children in care with in-house foster carers", PERMANENCE,
                        Unit.PERCENT, HIGHER_IS_BETTER, 50.0, "Children whose placement at month end is foster care "
                                + "(U1-U6) with the council's own carers (PR1), out of all children placed at month end."),
                        PlacementMix.IN_HOUSE_FOSTERING),
                new PlacementMix(def("placement-residential", "Children in care in independent residential placements",
                        PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 12.0, "Children whose placement at month end is "
                                + "residential (K1, K2, R1, S1) by a private or voluntary provider (PR4, PR5), out of all "
                                + "children placed at month end."), PlacementMix.INDEPENDENT_RESIDENTIAL),
                new PlacementMix(def("placement-unregulated", "Children in care in unregulated accommodation",
                        PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 0.0, "Children whose placement at month end is "
                                + "unregulated accommodation (Z13), out of all children placed at month end."),
                        PlacementMix.UNREGULATED),
                WithinTimescale.visits(def("visits-in-timescale", "Visits within timescale", PRACTICE, Unit.PERCENT,
                        HIGHER_IS_BETTER, 90.0, "Out of the statutory visits in the month (whether the child was "
                                + "seen or not), those at which the child was seen within the timescale (early help 4 "
                                + "weeks, CIN 6 weeks, CP 10 working days, looked-after 6 weeks, as set) of the last "
                                + "visit of the same type at which the child was seen, in the twelve months before. A "
                                + "visit where the child was not seen counts as not within timescale; the first visit "
                                + "in twelve months is not measured."),
                        settings::visit, timescales),
                WithinTimescale.supervisions(def("supervision-in-timescale", "Case supervision within timescale",
                        PRACTICE, Unit.PERCENT, HIGHER_IS_BETTER, 90.0, "Case supervisions in the month held within "
                                + "the supervision timescale (4 weeks, as set) of the case's previous supervision in "
                                + "the twelve months before; the first in twelve months is not measured."),
                        settings.supervision(), timescales),
                Caseloads.perWorker(def("caseload-per-worker", "Children per caseholder", WORKFORCE, Unit.AVERAGE,
                        LOWER_IS_BETTER, 18.0, "Children allocated at month end to social-care caseholders, divided "
                                + "by the caseholders (a child allocated to two workers counts for each). A caseholder "
                                + "holds at least one child with social-care work open (referral, assessment, section "
                                + "47, CIN or CP plan, looked after), as the children's social work workforce census "
                                + "counts caseloads; youth justice, SEND and continuing-care officers are not.")),
                Caseloads.holdersWithAtLeast(def("caseholders-20-plus", "Caseholders with 20 or more children",
                        WORKFORCE, Unit.COUNT, LOWER_IS_BETTER, 0.0,
                        "Social-care caseholders (as above) holding 20 or more children's cases at month end."), 20));
    }

    private static IndicatorDefinition def(String id, String title, OutcomeGroup group, Unit unit, Polarity polarity,
                                           Double target, String definition) {
        return computed(id, title, group, unit, polarity, target, definition);
    }
}
