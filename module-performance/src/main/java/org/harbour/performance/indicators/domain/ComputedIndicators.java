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
                        "Contacts received in the month. No DfE statistic (the CIN census begins at referral): "
                        + "Ofsted, inspecting local authority children's services, annex A list 1 (contacts)."), "CONTACT"),
                new StartedInMonth(def("referrals", "Referrals", RIGHT_SUPPORT, Unit.COUNT, NEITHER, null,
                        "Referrals received in the month, each one a row. Source: DfE, Characteristics of children in "
                        + "need, referrals; CIN census referral date."), "REFERRAL"),
                new ReReferrals(def("re-referrals", "Re-referrals within 12 months", RIGHT_SUPPORT, Unit.PERCENT,
                        LOWER_IS_BETTER, 22.0, "Referrals in the month of a child referred before within 12 months "
                                + "(the same date twelve months earlier included), out of all referrals in the month. Source: "
                                + "DfE, Characteristics of children in need, re-referrals within 12 months of a "
                                + "previous referral.")),
                new ReferralsNoFurtherAction(def("referrals-nfa", "Referrals leading to no further action",
                        RIGHT_SUPPORT, Unit.PERCENT, LOWER_IS_BETTER, 10.0,
                        "Referrals in the month marked no further action, out of all referrals in the month. Source: "
                                + "DfE, Characteristics of children in need, referrals resulting in no further action.")),
                new AssessmentsCompleted(def("assessments", "Assessments completed", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Single assessments authorised in the month. Source: DfE, "
                        + "Characteristics of children in need, assessments completed; CIN census assessment "
                        + "authorisation date.")),
                new AssessmentsCompleted(def("assessments-rate", "Assessments completed per 10,000 children",
                        RIGHT_SUPPORT, Unit.RATE_PER_10000_CHILDREN, NEITHER, null,
                        "Single assessments authorised in the month per 10,000 children aged 0-17 (monthly). Source: "
                        + "DfE, Characteristics of children in need, assessments completed per 10,000 children.")),
                new OpenAtMonthEnd(def("cin-plans", "Children on child in need plans", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Children with a child in need plan open at the end of the month. No DfE "
                        + "statistic: the CIN census collects CIN plan start and end dates (CIN census guidance)."), "CIN_PLAN"),
                new OpenAtMonthEnd(def("early-help", "Children receiving early help", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Children with an early help episode open at the end of the month (a "
                        + "family's help led by the council or a partner, below the threshold of a child in need "
                        + "referral), each child once. No DfE statistic: the DfE's Family help guidance and "
                        + "councils' own scorecards."), "EARLY_HELP"),
                new StartedInMonth(def("early-help-starts", "Early help episodes starting", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Early help episodes that began in the month, each one a row. No DfE "
                        + "statistic: councils' own scorecards."), "EARLY_HELP"),
                new OpenAtMonthEnd(def("children-in-need", "Children in need", RIGHT_SUPPORT, Unit.COUNT, NEITHER,
                        null, "Children with a child in need episode open at the end of the month: a referral "
                        + "accepted and not yet closed (referral date to CIN closure date), whatever the plan, "
                        + "including children on child protection plans and looked after. Each child once. Source: "
                        + "DfE, Characteristics of children in need (children in need at 31 March, read at each "
                        + "month end); CIN census guidance."), "REFERRAL"),
                new OpenAtMonthEnd(def("children-in-need-rate", "Children in need per 10,000", RIGHT_SUPPORT,
                        Unit.RATE_PER_10000_CHILDREN, NEITHER, null, "Children in need at month end (as above) per "
                        + "10,000 children aged 0-17 (the population the scorecard holds for the year). Source: DfE, "
                        + "Characteristics of children in need, rate per 10,000 children."), "REFERRAL"),
                new StartedInMonth(def("referrals-rate", "Referrals per 10,000", RIGHT_SUPPORT,
                        Unit.RATE_PER_10000_CHILDREN, NEITHER, null, "Referrals received in the month per 10,000 "
                        + "children aged 0-17 (a monthly rate: the DfE's yearly rate is about twelve times it). "
                        + "Source: DfE, Characteristics of children in need, referrals per 10,000."), "REFERRAL"),
                CompletedWithinTimescale.assessments(def("assessments-45-days", "Assessments completed within 45 "
                        + "working days", RIGHT_SUPPORT, Unit.PERCENT, HIGHER_IS_BETTER, 85.0, "Single assessments "
                        + "authorised in the month, out of which those authorised within 45 working days of the "
                        + "assessment's start (England's working days: weekends and bank holidays are not; the 45th "
                        + "working day is on time). Source: DfE, Characteristics of children in need, assessment "
                        + "duration; Working Together to Safeguard Children 2023."), timescales),
                new StartedInMonth(def("strategy-discussions", "Strategy discussions", RIGHT_SUPPORT, Unit.COUNT,
                        NEITHER, null, "Strategy discussions held in the month. No DfE statistic: Working "
                        + "Together to Safeguard Children 2023 (strategy discussions); the CIN census takes a section 47 enquiry's start "
                        + "from it."), "STRATEGY_DISCUSSION"),
                new StartedInMonth(def("section-47s", "Section 47 enquiries", RIGHT_SUPPORT, Unit.COUNT, NEITHER,
                        null, "Section 47 enquiries started in the month. Source: DfE, Characteristics of children in need, "
                        + "section 47 enquiries; CIN census S47 actual start date."), "SECTION_47"),
                new Section47ToConference(def("s47-to-icpc", "Section 47 enquiries leading to an initial conference",
                        RIGHT_SUPPORT, Unit.PERCENT, HIGHER_IS_BETTER, 35.0, "Section 47 enquiries completed in the "
                                + "month with the outcome 'initial child protection conference', out of all completed. Source: "
                                + "DfE, Characteristics of children in need, section 47 enquiries and initial child "
                                + "protection conferences.")),
                new StartedInMonth(def("section-47s-rate", "Section 47 enquiries per 10,000", RIGHT_SUPPORT,
                        Unit.RATE_PER_10000_CHILDREN, NEITHER, null, "Section 47 enquiries started in the month per "
                        + "10,000 children aged 0-17 (monthly). Source: DfE, Characteristics of children in need, "
                        + "section 47 enquiries per 10,000."), "SECTION_47"),
                CompletedWithinTimescale.initialConferences(def("icpc-15-days", "Initial child protection "
                        + "conferences within 15 working days", RIGHT_SUPPORT, Unit.PERCENT, HIGHER_IS_BETTER, 85.0,
                        "Initial child protection conferences held in the month, out of which those held within 15 "
                        + "working days of the start of the section 47 enquiry (the strategy discussion that "
                        + "decided it, as the CIN census records the enquiry's start). Source: DfE, Characteristics "
                        + "of children in need, ICPCs within 15 working days; Working Together 2023."), timescales),
                new OpenAtMonthEnd(def("cp-plans", "Children on child protection plans", BIRTH_FAMILIES, Unit.COUNT,
                        NEITHER, null, "Children with a child protection plan open at the end of the month. Source: DfE, "
                        + "Characteristics of children in need, children on a child protection plan at 31 March, read "
                        + "at each month end."), "CP_PLAN"),
                new OpenAtMonthEnd(def("cp-rate", "Children on child protection plans per 10,000", BIRTH_FAMILIES,
                        Unit.RATE_PER_10000_CHILDREN, LOWER_IS_BETTER, 42.0,
                        "Children on a child protection plan at month end per 10,000 children aged 0-17. Source: DfE, "
                        + "Characteristics of children in need, rate per 10,000 children."), "CP_PLAN"),
                new SecondCpPlans(def("cp-second-plan", "Child protection plans for a second or later time",
                        BIRTH_FAMILIES, Unit.PERCENT, LOWER_IS_BETTER, 20.0, "Child protection plans starting in the "
                                + "month for a child who had a plan before, out of all plans starting in the month. Source: "
                                + "DfE, Characteristics of children in need, plans for a second or subsequent time.")),
                new StartedInMonth(def("cp-plan-starts-rate", "Child protection plans starting per 10,000",
                        BIRTH_FAMILIES, Unit.RATE_PER_10000_CHILDREN, NEITHER, null, "Child protection plans that "
                        + "began in the month per 10,000 children aged 0-17 (monthly). Source: DfE, Characteristics "
                        + "of children in need, plans starting per 10,000."), "CP_PLAN"),
                new ChildProtectionPlanLength(def("cp-ended-2-years", "Child protection plans ending after 2 years "
                        + "or more", BIRTH_FAMILIES, Unit.PERCENT, LOWER_IS_BETTER, 4.0, "Child protection plans that "
                        + "ended in the month, out of which those that had lasted two years or more (a plan ending on "
                        + "the same date two years after it began has lasted two years). Source: DfE, "
                        + "Characteristics of children in need, plans ceasing which lasted 2 years or more."),
                        ChildProtectionPlanLength.Measured.ENDED_IN_MONTH),
                new ChildProtectionPlanLength(def("cp-open-2-years", "Children on a child protection plan for 2 "
                        + "years or more", BIRTH_FAMILIES, Unit.PERCENT, LOWER_IS_BETTER, 2.0, "Children on a child "
                        + "protection plan at month end, out of whom those whose plan (the earliest still open) "
                        + "began two years or more before. Source: DfE, Characteristics of children in need, "
                        + "children on a plan at 31 March by length of plan."),
                        ChildProtectionPlanLength.Measured.OPEN_AT_MONTH_END),
                category("NEG", "neglect"),
                category("PHY", "physical abuse"),
                category("SAB", "sexual abuse"),
                category("EMO", "emotional abuse"),
                category("MUL", "multiple categories"),
                ReviewTimeliness.childProtection(def("cp-reviews-in-time", "Child protection plans reviewed in "
                        + "time", PRACTICE, Unit.PERCENT, HIGHER_IS_BETTER, 95.0, "Children on a child protection "
                        + "plan at month end for at least 3 months, out of whom those whose review conferences have "
                        + "all been held in time: the first within 3 months of the plan's start (the initial "
                        + "conference), each later one within 6 months of the one before; a review overdue at month "
                        + "end is late. Source: DfE, Characteristics of children in need, plans reviewed within "
                        + "required timescales; Working Together 2023."), timescales),
                new InCareAtMonthEnd(def("cla", "Children in care", BIRTH_FAMILIES, Unit.COUNT, NEITHER, null,
                        "Children with a looked-after period open at the end of the month, excluding children "
                                + "looked after under an agreed series of short-term placements (legal status V3/V4) "
                                + "Source: DfE, Children looked after in England including adoptions, children looked after at "
                                + "31 March, read at each month end; SSDA903 guidance.")),
                new InCareAtMonthEnd(def("cla-rate", "Children in care per 10,000", BIRTH_FAMILIES,
                        Unit.RATE_PER_10000_CHILDREN, LOWER_IS_BETTER, 70.0,
                        "Children in care at month end (short breaks V3/V4 excluded) per 10,000 children aged "
                                + "0-17. Source: DfE, Children looked after in England including adoptions, rate per 10,000 "
                                + "children aged under 18.")),
                new CareBoundary(def("cla-entrants", "Children entering care", BIRTH_FAMILIES, Unit.COUNT, NEITHER,
                        null, "Children who started to be looked after in the month (a child re-entering care counts "
                                + "again), excluding an agreed series of short-term placements (V3/V4); short breaks "
                                + "becoming another legal status start care that day. Source: DfE, Children looked after in "
                                + "England including adoptions, children who started to be looked after; SSDA903 "
                                + "guidance."),
                        CareBoundary.Edge.STARTED),
                new CareBoundary(def("cla-leavers", "Children leaving care", BIRTH_FAMILIES, Unit.COUNT, NEITHER,
                        null, "Children who ceased to be looked after in the month, excluding an agreed series of "
                                + "short-term placements (V3/V4). Source: DfE, Children looked after in England including "
                                + "adoptions, children who ceased to be looked after; SSDA903 guidance."),
                        CareBoundary.Edge.CEASED),
                new PlacementStability(def("placement-stability", "Children in care with 3 or more placements in "
                        + "the year", PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 10.0, "Children in care at month end "
                        + "with three or more placements in the twelve months to it, out of all children in care at "
                        + "month end (DfE placement stability). Not a new placement: an episode that only changed the "
                        + "legal status (RNE L), or placed for adoption with the current foster carer (A5/A6 with RNE "
                        + "T or U). Short breaks (V3/V4) are left out. Source: DfE, Children looked after in England "
                        + "including adoptions, placement stability (three or more placements in the year).")),
                new PlacementMix(def("placement-ifa", "Children in care placed with independent fostering agencies",
                        PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 25.0, "Children whose placement at month end is "
                                + "foster care (U1-U6) by a private or voluntary provider (PR4, PR5), out of all "
                                + "children placed at month end. "
                                + "Source: DfE, Children looked after in England including adoptions, placement type "
                                + "and provider at 31 March, read at each month end; SSDA903 PLACE and PLACE_PROVIDER."),
                        PlacementMix.INDEPENDENT_FOSTERING),
                new PlacementMix(def("placement-in-house", "Children in care with in-house foster carers", PERMANENCE,
                        Unit.PERCENT, HIGHER_IS_BETTER, 50.0, "Children whose placement at month end is foster care "
                                + "(U1-U6) with the council's own carers (PR1), out of all children placed at month end. "
                                + "Source: DfE, Children looked after in England including adoptions, placement type "
                                + "and provider at 31 March, read at each month end; SSDA903 PLACE and PLACE_PROVIDER."),
                        PlacementMix.IN_HOUSE_FOSTERING),
                new PlacementMix(def("placement-residential", "Children in care in independent residential placements",
                        PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 12.0, "Children whose placement at month end is "
                                + "residential (K1, K2, R1, S1) by a private or voluntary provider (PR4, PR5), out of all "
                                + "children placed at month end. "
                                + "Source: DfE, Children looked after in England including adoptions, placement type "
                                + "and provider at 31 March, read at each month end; SSDA903 PLACE and PLACE_PROVIDER."),
                        PlacementMix.INDEPENDENT_RESIDENTIAL),
                new PlacementMix(def("placement-unregulated", "Children in care in unregulated accommodation",
                        PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 0.0, "Children whose placement at month end is "
                                + "unregulated accommodation (Z13), out of all children placed at month end. "
                                + "Source: DfE, Children looked after in England including adoptions, placement type "
                                + "and provider at 31 March, read at each month end; SSDA903 PLACE and PLACE_PROVIDER."),
                        PlacementMix.UNREGULATED),
                new LongTermStability(def("placement-long-term", "Children in care 2.5 years or more in the same "
                        + "placement for 2 years", PERMANENCE, Unit.PERCENT, HIGHER_IS_BETTER, 70.0, "Children under 16 "
                        + "at month end looked after continuously for two and a half years or more, out of whom those "
                        + "in the same placement for two years or more, or placed for adoption with their foster "
                        + "carers and the two placements together lasting two years (a change of legal status only, "
                        + "RNE L, or A5/A6 with RNE T or U continues the placement; short breaks V3/V4 are not care; "
                        + "no date of birth: left out). Source: DfE, Children looked after in England including "
                        + "adoptions, long-term placement stability; SSDA903 guidance.")),
                new PlacedOverTwentyMiles(def("placements-over-20-miles", "Children in care placed more than 20 "
                        + "miles from home", PERMANENCE, Unit.PERCENT, LOWER_IS_BETTER, 15.0, "Children looked after at "
                        + "the end of the month (short breaks V3/V4 excluded), out of whom those whose placement then "
                        + "is over 20 miles from home, by the distance recorded on the placement episode (SSDA903 "
                        + "PL_DISTANCE, miles from the home postcode to the placement's). A distance not known or not "
                        + "recorded (mostly unaccompanied asylum-seeking children) stays in the whole and is not over "
                        + "20 miles; exactly 20 miles is 20 miles or less. The DfE publishes it at 31 March. Source: "
                        + "DfE, Children looked after: a focus on placement location, placement distance for CLA; "
                        + "SSDA903 guidance, PL_DISTANCE.")),
                new UascInCare(def("cla-uasc", "Unaccompanied asylum-seeking children in care", BIRTH_FAMILIES,
                        Unit.COUNT, NEITHER, null, "Children looked after at the end of the month (short breaks V3/V4 "
                        + "excluded) who are unaccompanied asylum-seeking children that day: UASC status recorded from "
                        + "a date on or before it and not ceased by it. Each child once. Source: DfE, Children looked "
                        + "after in England including adoptions, UASC; SSDA903 UASC table.")),
                new MissingFromCare(def("cla-missing", "Children in care who went missing in the year", PERMANENCE,
                        Unit.PERCENT, LOWER_IS_BETTER, null, "Children looked after on any day of the twelve months to "
                        + "month end (short breaks V3/V4 excluded), out of whom those with a missing incident (M; "
                        + "'away from placement without authorisation' is not missing) that began while they were "
                        + "looked after in those months. Source: DfE, Children looked after in England including "
                        + "adoptions, children who went missing; SSDA903 Missing table."),
                        MissingFromCare.Measured.CHILDREN_IN_YEAR),
                new MissingFromCare(def("cla-missing-incidents", "Missing incidents of children in care", PERMANENCE,
                        Unit.COUNT, LOWER_IS_BETTER, null, "Missing incidents (M) of looked-after children that began "
                        + "in the month while the child was looked after (short breaks V3/V4 excluded): each incident "
                        + "once, a child missing twice counts twice. Source: DfE, Children looked after in England "
                        + "including adoptions, missing incidents; SSDA903 Missing table."),
                        MissingFromCare.Measured.INCIDENTS_IN_MONTH),
                new CareLeftBy(def("cla-left-returned-home", "Children leaving care who returned home", PERMANENCE,
                        Unit.PERCENT, NEITHER, null, "Children who ceased to be looked after in the month (as the "
                        + "leavers measure counts them), out of whom those whose care ended by returning home to live "
                        + "with parents or others with parental responsibility (REC E4A as part of the care plan, E4B "
                        + "not). Source: DfE, Children looked after in England, children who ceased to be looked "
                        + "after by reason; SSDA903 REC codes."), java.util.Set.of("E4A", "E4B"), "Returned home"),
                new CareLeftBy(def("cla-left-sgo", "Children leaving care on a special guardianship order", PERMANENCE,
                        Unit.PERCENT, HIGHER_IS_BETTER, null, "Children who ceased to be looked after in the month, out "
                        + "of whom those whose care ended with a special guardianship order (REC E45 to former foster "
                        + "carers, E46 to other carers). Source: DfE, Children looked after in England, children who "
                        + "ceased to be looked after by reason; SSDA903 REC codes."), java.util.Set.of("E45", "E46"),
                        "Special guardianship order"),
                new CareLeftBy(def("cla-left-adopted", "Children leaving care who were adopted", PERMANENCE,
                        Unit.PERCENT, HIGHER_IS_BETTER, null, "Children who ceased to be looked after in the month, out "
                        + "of whom those adopted (REC E11 unopposed, E12 consent dispensed with). Source: DfE, Adoption "
                        + "scorecards, A4 adoptions from care as a share of children leaving care; SSDA903 REC codes."),
                        java.util.Set.of("E11", "E12"), "Adopted"),
                new AdoptionTimeliness(def("adoption-a1", "A1: days from entering care to moving in with the adoptive "
                        + "family", PERMANENCE, Unit.AVERAGE, LOWER_IS_BETTER, 426.0, "Average days, for the children "
                        + "adopted in the three years to month end (looked-after episode ended with REC E11 or E12), "
                        + "between entering care (the start of the period of care that ended in adoption) and moving "
                        + "in with the adoptive family (the start of that period's first placement for adoption, "
                        + "A3-A6; else the date placed for adoption recorded). Target: the DfE's 14 months (426 "
                        + "days). Source: DfE, Adoption scorecards, methodology and guidance, A1."),
                        AdoptionTimeliness.Measure.A1),
                new AdoptionTimeliness(def("adoption-a10", "A10: days from entering care to moving in with the "
                        + "adoptive family, adjusted for foster carer adoptions", PERMANENCE, Unit.AVERAGE,
                        LOWER_IS_BETTER, 426.0, "As A1, except that a child adopted by their foster carer moved in "
                        + "with the adoptive family when the foster placement that became the adoptive placement "
                        + "began (the placement continued by a change of legal status, RNE L, or into placed for "
                        + "adoption with the same carer, A5/A6 with RNE T or U). Target: 426 days, as A1. Source: DfE, "
                        + "Adoption scorecards, A10; Adoption and Special Guardianship Leadership Board."),
                        AdoptionTimeliness.Measure.A10),
                new AdoptionTimeliness(def("adoption-a2", "A2: days from placement order to match with an adoptive "
                        + "family", PERMANENCE, Unit.AVERAGE, LOWER_IS_BETTER, 121.0, "Average days, for the children "
                        + "adopted in the three years to month end, between the local authority receiving the court's "
                        + "authority to place the child for adoption (placement order) and deciding on a match to an "
                        + "adoptive family; a child with either date unrecorded is left out. Target: the DfE's 4 "
                        + "months (121 days). Source: DfE, Adoption scorecards, methodology and guidance, A2."),
                        AdoptionTimeliness.Measure.A2),
                HealthChecks.healthCheck(def("cla-health-checks", "Children in care with their annual health "
                        + "assessment", PRACTICE, Unit.PERCENT, HIGHER_IS_BETTER, 90.0, "Children looked after "
                        + "continuously for twelve months at the latest 31 March (short breaks V3/V4 excluded), out "
                        + "of whom those whose health assessment for the year was done (OC2 HEALTH_CHECK); no health "
                        + "record for the year counts as not done. A year's figure is read at each month end until "
                        + "the next 31 March. Source: DfE, Outcomes for children looked after; SSDA903 OC2.")),
                HealthChecks.dentalCheck(def("cla-dental-checks", "Children in care with their dental check",
                        PRACTICE, Unit.PERCENT, HIGHER_IS_BETTER, 85.0, "Children looked after continuously for "
                        + "twelve months at the latest 31 March (as above), out of whom those whose teeth were checked "
                        + "by a dentist in the year (OC2 TEETH_CHECK). Source: DfE, Outcomes for children looked "
                        + "after; SSDA903 OC2.")),
                HealthChecks.immunisations(def("cla-immunisations", "Children in care with immunisations up to date",
                        PRACTICE, Unit.PERCENT, HIGHER_IS_BETTER, 90.0, "Children looked after continuously for "
                        + "twelve months at the latest 31 March (as above), out of whom those whose immunisations "
                        + "were up to date (OC2 IMMUNISATIONS). Source: DfE, Outcomes for children looked after; "
                        + "SSDA903 OC2.")),
                WithinTimescale.visits(def("visits-in-timescale", "Visits within timescale", PRACTICE, Unit.PERCENT,
                        HIGHER_IS_BETTER, 90.0, "Out of the statutory visits in the month (whether the child was "
                                + "seen or not), those at which the child was seen within the timescale (early help 4 "
                                + "weeks, CIN 6 weeks, CP 10 working days, looked-after 6 weeks, as set) of the last "
                                + "visit of the same type at which the child was seen, in the twelve months before. A "
                                + "visit where the child was not seen counts as not within timescale; the first visit "
                                + "in twelve months is not measured. No DfE statistic: the looked-after visits are those of "
                                + "the Care Planning, Placement and Case Review (England) Regulations 2010, reg. 28; "
                                + "the others the authority's own timescales under Working Together 2023."),
                        settings::visit, timescales),
                ReviewTimeliness.lookedAfter(def("cla-reviews-in-time", "Looked-after reviews in time", PRACTICE,
                        Unit.PERCENT, HIGHER_IS_BETTER, 95.0, "Children in care at month end (short breaks V3/V4 "
                        + "excluded) whose first review was due by then, out of whom those whose reviews have all "
                        + "been held in time: the first within 20 working days of becoming looked after, the second "
                        + "within 3 months of the first, each later one within 6 months of the one before; a review "
                        + "overdue at month end is late. Source: Care Planning, Placement and Case Review (England) "
                        + "Regulations 2010, reg. 33; SSDA903 reviews."), timescales),
                CareLeaverOutcomes.inTouch(def("care-leavers-in-touch", "Care leavers aged 19-21 in touch",
                        PERMANENCE, Unit.PERCENT, HIGHER_IS_BETTER, 90.0, "Care leavers aged 19, 20 or 21 at month end "
                        + "with a care leaver record open, out of whom those the council is in touch with (OC3 "
                        + "IN_TOUCH YES). Source: DfE, Children looked after in England including adoptions, care "
                        + "leavers aged 19 to 21; SSDA903 OC3.")),
                CareLeaverOutcomes.suitablyAccommodated(def("care-leavers-suitable-accommodation", "Care leavers "
                        + "aged 19-21 in suitable accommodation", PERMANENCE, Unit.PERCENT, HIGHER_IS_BETTER, 85.0,
                        "Care leavers aged 19-21 (as above), out of whom those whose accommodation is recorded as "
                        + "suitable (OC3 ACCOM ending in 1); not in touch or not recorded counts as not. Source: DfE, "
                        + "Children looked after in England including adoptions; SSDA903 OC3.")),
                CareLeaverOutcomes.inEducationEmploymentOrTraining(def("care-leavers-eet", "Care leavers aged 19-21 "
                        + "in education, employment or training", PERMANENCE, Unit.PERCENT, HIGHER_IS_BETTER, 60.0,
                        "Care leavers aged 19-21 (as above), out of whom those in education, employment or training "
                        + "(OC3 ACTIV F1-F4 or P1-P4); not in touch or not recorded counts as not. Source: DfE, "
                        + "Children looked after in England including adoptions; SSDA903 OC3.")),
                WithinTimescale.supervisions(def("supervision-in-timescale", "Case supervision within timescale",
                        PRACTICE, Unit.PERCENT, HIGHER_IS_BETTER, 90.0, "Case supervisions in the month held within "
                                + "the supervision timescale (4 weeks, as set) of the case's previous supervision in "
                                + "the twelve months before; the first in twelve months is not measured. No DfE statistic: "
                                + "the authority's supervision policy under the Standards for employers of social "
                                + "workers in England."),
                        settings.supervision(), timescales),
                Caseloads.perWorker(def("caseload-per-worker", "Children per caseholder", WORKFORCE, Unit.AVERAGE,
                        LOWER_IS_BETTER, 18.0, "Children allocated at month end to social-care caseholders, divided "
                                + "by the caseholders (a child allocated to two workers counts for each). A caseholder "
                                + "holds at least one child with social-care work open (referral, assessment, section "
                                + "47, CIN or CP plan, looked after), as the children's social work workforce census "
                                + "counts caseloads; youth justice, SEND and continuing-care officers are not. Source: DfE, "
                                + "Children's social work workforce, average caseload of case holders (at 30 "
                                + "September, read at each month end).")),
                Caseloads.holdersWithAtLeast(def("caseholders-20-plus", "Caseholders with 20 or more children",
                        WORKFORCE, Unit.COUNT, LOWER_IS_BETTER, 0.0,
                        "Social-care caseholders (as above) holding 20 or more children's cases at month end. No "
                        + "DfE statistic: councils' own scorecards, beside the workforce census's average caseload."), 20),
                new SocialWorkerChanges(def("children-2-plus-workers", "Children with 2 or more social workers in 6 "
                        + "months", WORKFORCE, Unit.PERCENT, LOWER_IS_BETTER, 20.0, "Children allocated at month end "
                        + "with social-care work open (as the caseload measures count them), out of whom those who "
                        + "had two or more different allocated workers in the six months to month end. Source: "
                        + "Ofsted and DfE, children's social work workforce (continuity of social worker).")));
    }

    private static ChildProtectionCategory category(String code, String inWords) {
        return new ChildProtectionCategory(def("cp-category-" + code.toLowerCase(java.util.Locale.ROOT),
                "Children on a child protection plan for " + inWords, BIRTH_FAMILIES, Unit.PERCENT, NEITHER, null,
                "Children on a child protection plan at month end whose plan's initial category of abuse is "
                        + inWords + " (" + code + "), out of all children on a plan at month end (a child on two "
                        + "plans: the later one's). Source: DfE, Characteristics of children in need, children on a "
                        + "plan by initial category of abuse."), code);
    }

    private static IndicatorDefinition def(String id, String title, OutcomeGroup group, Unit unit, Polarity polarity,
                                           Double target, String definition) {
        return computed(id, title, group, unit, polarity, target, definition);
    }
}
