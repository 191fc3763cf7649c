package org.harbour.continuingcare.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.assessment.domain.Assessment;
import org.harbour.continuingcare.assessment.domain.CareDomain;
import org.harbour.continuingcare.assessment.domain.CareLevel;
import org.harbour.continuingcare.assessment.domain.DomainLevel;
import org.harbour.continuingcare.assessment.domain.Recommendation;
import org.harbour.continuingcare.dsr.domain.Rag;
import org.harbour.continuingcare.dsr.domain.RegisterAction;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.continuingcare.packages.domain.FundingSplit;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageStatus;
import org.harbour.continuingcare.packages.domain.PackageType;
import org.harbour.continuingcare.packages.domain.QualityRating;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Meeting;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.harbour.continuingcare.panel.domain.PanelMember;
import org.harbour.continuingcare.referral.domain.EvidenceItem;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.packages.domain.PackageReview;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A year of continuing care for the children known to the continuing care commissioning team:
 * the funding panel meeting monthly, referrals at every stage (decided eligible with running
 * packages, one not eligible, one deferred, one still waiting on evidence), funding splits,
 * reviews (one overdue) and Dynamic Support Register entries. Helen Ward refers and assesses;
 * Raj Patel chairs and commissions.
 */
@ApplicationScoped
public class ContinuingCareDemoData implements DemoDataSeeder {

    private static final String HELEN = "helen.ward";
    private static final String RAJ = "raj.patel";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "continuing-care";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        LocalDate today = context.today();
        Instant now = Instant.now();
        Panel funding = new Panel("Children's Continuing Care Funding Panel", PanelFunction.FUNDING_DECISION,
                "Decides eligibility for children's continuing care and the funding of packages, once per case, on the "
                        + "assessor's completed Decision Support Tool. Quorum: the three funders' decision-makers.", 3, RAJ, now);
        funding.addMember("Dr Amara Singh", "Designated clinical officer (chair)", "Integrated Care Board", true);
        funding.addMember("Raj Patel", "Commissioning manager", "Children's social care", true);
        funding.addMember("Fiona Reid", "Head of SEND", "Education", true);
        funding.addMember("Helen Ward", "Nurse assessor (presents cases)", "Integrated Care Board", false);
        funding.addMember("Sam Okoro", "Panel administrator", "Children's social care", false);
        em.persist(funding);
        Panel caseManagement = new Panel("Complex Needs Case Management Panel", PanelFunction.CASE_MANAGEMENT,
                "Reviews the care of children with complex needs and agrees multi-agency case management; it makes no "
                        + "funding decisions.", 2, RAJ, now);
        caseManagement.addMember("Raj Patel", "Commissioning manager (chair)", "Children's social care", true);
        caseManagement.addMember("Dr Amara Singh", "Designated clinical officer", "Integrated Care Board", true);
        caseManagement.addMember("Helen Ward", "Nurse assessor", "Integrated Care Board", false);
        em.persist(caseManagement);
        em.flush();

        List<Meeting> meetings = new ArrayList<>();
        for (int monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
            LocalDate day = today.minusMonths(monthsAgo).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            if (day.isAfter(today)) {
                day = day.minusWeeks(1);
            }
            Meeting meeting = new Meeting(funding, day, RAJ, now);
            em.persist(meeting);
            meetings.add(meeting);
        }
        Meeting next = new Meeting(funding, today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), RAJ, now);
        em.persist(next);
        em.persist(new Meeting(caseManagement, today.minusWeeks(3), RAJ, now));
        em.flush();
        Set<Long> all = new HashSet<>(funding.getMembers().stream().map(PanelMember::getId).toList());
        meetings.forEach(m -> m.recordAttendance(all));

        List<Long> children = context.childrenAllocatedIn(DemoAreas.CONTINUING_CARE);
        String[] reasons = {
                "Complex epilepsy with frequent tonic-clonic seizures needing rescue medication; overnight care needed.",
                "Tracheostomy and long-term ventilation at night after a neuromuscular diagnosis.",
                "Gastrostomy feeding and reflux; family seek support with overnight feeds.",
                "Learning disability and autism with self-injury; risk of admission; parents exhausted.",
                "Cerebral palsy with increasing respiratory infections and suctioning needs."};
        for (int i = 0; i < children.size(); i++) {
            long child = children.get(i);
            switch (i % 5) {
                case 0 -> decided(child, today.minusMonths(11).plusDays(3), reasons[0], meetings, Outcome.ELIGIBLE,
                        PackageType.HOME_CARE, "Brightwater Children's Nursing", "2450.00", true, now, today);
                case 1 -> decided(child, today.minusMonths(8).plusDays(6), reasons[1], meetings, Outcome.ELIGIBLE,
                        PackageType.NURSING, "Harbourside Specialist Nursing", "3200.00", false, now, today);
                case 2 -> decided(child, today.minusMonths(5).plusDays(2), reasons[2], meetings, Outcome.NOT_ELIGIBLE,
                        null, null, null, false, now, today);
                case 3 -> deferred(child, today.minusMonths(2).plusDays(1), reasons[3], meetings, now);
                default -> waitingOnEvidence(child, today.minusWeeks(3), reasons[4], now);
            }
        }
        if (children.size() > 3) {
            register(children.get(3), true, true, Rag.RED, "Self-injury increasing; two crisis presentations at A&E in a month.",
                    today.minusWeeks(5), List.of(
                            new RegisterAction("Refresh the positive behaviour support plan", "Community LD nurse", today.plusWeeks(1)),
                            new RegisterAction("Increase short breaks to two nights a week", "Commissioning manager", today.plusWeeks(2)),
                            new RegisterAction("CAMHS learning disability review", "CAMHS LD team", today.plusWeeks(4))), now);
        }
        if (children.size() > 2) {
            register(children.get(2), false, true, Rag.GREEN, "Settled at home and school with the current support.",
                    today.minusMonths(3).minusWeeks(1), List.of(
                            new RegisterAction("Monthly check-in with the family", "Keyworker", today.plusWeeks(2))), now);
        }
    }

    private Referral referral(long child, LocalDate referredOn, String reason, Instant now) {
        Referral referral = new Referral(child, referredOn, reason, HELEN, now);
        for (EvidenceItem item : EvidenceItem.values()) {
            if (item.isRequired() || item.ordinal() % 2 == 0) {
                referral.evidence(item).setReceivedOn(referredOn.plusDays(3 + item.ordinal()));
            }
        }
        em.persist(referral);
        return referral;
    }

    private void assess(Referral referral, Recommendation recommendation, boolean high, Instant now) {
        referral.sendToAssessment(HELEN, referral.getReferredOn().plusDays(14));
        em.flush();
        Assessment assessment = new Assessment(referral.getId());
        List<DomainLevel> levels = new ArrayList<>();
        for (CareDomain domain : CareDomain.values()) {
            CareLevel level = high && domain.ordinal() % 3 == 0 ? (domain.allows(CareLevel.PRIORITY) ? CareLevel.PRIORITY : CareLevel.SEVERE)
                    : domain.ordinal() % 2 == 0 ? CareLevel.MODERATE : CareLevel.LOW;
            levels.add(new DomainLevel(domain, level, "Nursing records and consultant letter"));
        }
        assessment.record(levels, "The family want care at home and the child to stay at their school.",
                "Paediatric neurology, community nursing and therapy reports reviewed.", recommendation);
        LocalDate completed = referral.getReferredOn().plusDays(28);
        assessment.complete(completed);
        assessment.touched(HELEN, now);
        em.persist(assessment);
        referral.assessmentCompleted(completed);
    }

    private Meeting firstMeetingAfter(List<Meeting> meetings, LocalDate day) {
        return meetings.stream().filter(m -> m.getMeetsOn().isAfter(day)).findFirst().orElse(meetings.get(meetings.size() - 1));
    }

    private void decided(long child, LocalDate referredOn, String reason, List<Meeting> meetings, Outcome outcome,
                         PackageType type, String provider, String weekly, boolean reviewed, Instant now, LocalDate today) {
        Referral referral = referral(child, referredOn, reason, now);
        assess(referral, outcome == Outcome.ELIGIBLE ? Recommendation.ELIGIBLE : Recommendation.NOT_ELIGIBLE,
                outcome == Outcome.ELIGIBLE, now);
        Meeting meeting = firstMeetingAfter(meetings, referral.getAssessmentCompletedOn());
        AgendaItem item = new AgendaItem(meeting, referral.getId(), child, RAJ, now);
        item.decide(outcome, outcome == Outcome.ELIGIBLE
                        ? "Needs in several domains at severe or priority level that universal and specialist services cannot meet alone."
                        : "Needs are met by specialist services with support; the complex-care pathway is offered.",
                null, null, RAJ, meeting.getMeetsOn());
        em.persist(item);
        referral.decided(outcome.name(), meeting.getMeetsOn(), false);
        if (type == null) {
            return;
        }
        CarePackage p = new CarePackage(referral.getId(), child, RAJ, now);
        p.setProvider(provider);
        p.setType(type);
        p.setStartDate(meeting.getMeetsOn().plusDays(14));
        p.setWeeklyCost(new BigDecimal(weekly));
        // The demo follows the default threshold of the module's setting (150,000 a year).
        p.setClinicalReviewRequired(p.getAnnualCost().compareTo(new BigDecimal("150000")) > 0);
        if (p.isClinicalReviewRequired()) {
            p.setClinicalReviewDoneOn(p.getStartDate().plusDays(20));
        }
        p.setStatus(PackageStatus.AGREED);
        p.rate(QualityRating.GOOD, p.getStartDate().plusMonths(2), "Care plans up to date; staff trained in rescue medication.");
        em.persist(p);
        em.flush();
        em.persist(new FundingSplit(p.getId(), p.getStartDate(), new BigDecimal("60.00"), new BigDecimal("30.00"),
                new BigDecimal("10.00"), RAJ, now));
        if (reviewed && p.getStartDate().plusMonths(3).isBefore(today)) {
            em.persist(new PackageReview(p.getId(), child, p.getStartDate().plusMonths(3),
                    "Package meeting needs; overnight hours kept; next review in a year.", HELEN, now));
        }
    }

    private void deferred(long child, LocalDate referredOn, String reason, List<Meeting> meetings, Instant now) {
        Referral referral = referral(child, referredOn, reason, now);
        assess(referral, Recommendation.ELIGIBLE, true, now);
        Meeting meeting = firstMeetingAfter(meetings, referral.getAssessmentCompletedOn());
        AgendaItem item = new AgendaItem(meeting, referral.getId(), child, RAJ, now);
        item.decide(Outcome.DEFERRED, "The panel needs the CAMHS learning disability team's report before deciding.",
                "Helen Ward to obtain the CAMHS LD report; Raj Patel to cost a short-breaks package.",
                meeting.getMeetsOn().plusWeeks(6), RAJ, meeting.getMeetsOn());
        em.persist(item);
        referral.decided(Outcome.DEFERRED.name(), meeting.getMeetsOn(), true);
        CarePackage p = new CarePackage(referral.getId(), child, RAJ, now);
        p.setProvider("Oakfield Short Breaks");
        p.setType(PackageType.RESPITE);
        p.setStartDate(meeting.getMeetsOn().plusWeeks(8));
        p.setWeeklyCost(new BigDecimal("1185.00"));
        p.setClinicalReviewRequired(false);
        em.persist(p);
        em.flush();
        em.persist(new FundingSplit(p.getId(), p.getStartDate(), new BigDecimal("50.00"), new BigDecimal("50.00"),
                new BigDecimal("0.00"), RAJ, now));
    }

    private void waitingOnEvidence(long child, LocalDate referredOn, String reason, Instant now) {
        Referral referral = new Referral(child, referredOn, reason, HELEN, now);
        referral.evidence(EvidenceItem.CONSENT).setReceivedOn(referredOn.plusDays(1));
        referral.evidence(EvidenceItem.GP_SUMMARY).setReceivedOn(referredOn.plusDays(4));
        referral.evidence(EvidenceItem.MEDICATION_CHART).setReceivedOn(referredOn.plusDays(6));
        em.persist(referral);
    }

    private void register(long child, boolean learningDisability, boolean autism, Rag rag, String why, LocalDate reviewed,
                          List<RegisterAction> actions, Instant now) {
        RegisterEntry entry = new RegisterEntry(child, reviewed.minusMonths(4), HELEN);
        entry.update(learningDisability, autism, rag, why, reviewed, actions, HELEN, now);
        em.persist(entry);
    }
}
