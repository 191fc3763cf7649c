package org.harbour.performance.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;
import org.harbour.performance.comparators.domain.ComparatorValue;
import org.harbour.performance.populations.domain.AgeBand;
import org.harbour.performance.populations.domain.Population;
import org.harbour.performance.registers.domain.Recommendation;
import org.harbour.performance.registers.domain.Risk;
import org.harbour.performance.snapshots.application.Snapshots;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * Demo figures the scorecard needs beside the case data: populations sized to the demo's few
 * hundred children (so rates look like a real authority's), published comparators, two risks and
 * two scrutiny recommendations; then the 13 months are frozen from the complete demo records.
 */
@ApplicationScoped
public class PerformanceDemoData implements DemoDataSeeder {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PerformanceDemoData.class.getName());

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @jakarta.inject.Inject
    private Snapshots snapshots;

    @jakarta.inject.Inject
    private PerformanceDemoData self;

    @Override
    public String moduleId() {
        return "performance";
    }

    /** Last of all: it freezes the ended months from every module's demo records, so they must all be there. */
    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void seed(DemoContext context) {
        self.records(context);
        // The month-end job may have frozen months while the case data was still loading: freeze them again
        // from the complete demo records, in a transaction of its own.
        try {
            snapshots.refreezeAll(context.today());
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Demo scorecard months not frozen; the month-end job will", e);
        }
    }

    @Transactional
    public void records(DemoContext context) {
        Instant now = Instant.now(Clock.systemUTC());
        int year = context.today().getYear();
        for (int y = year - 6; y <= year + 1; y++) {
            em.persist(new Population(y, AgeBand.CHILDREN_0_17, 5_200, "system", now));
            em.persist(new Population(y, AgeBand.YOUNG_PEOPLE_10_17, 2_300, "system", now));
            em.persist(new Population(y, AgeBand.CHILDREN_YOUNG_PEOPLE_0_25, 50_300, "system", now));
        }
        String period = (year - 2) + "-" + String.format("%02d", (year - 1) % 100);
        Object[][] published = {
                {"cla-rate", 70.0, 78.0, 71.0}, {"cp-rate", 41.6, 44.0, 43.2}, {"re-referrals", 22.0, 21.0, 22.4},
                {"cp-second-plan", 23.0, 22.0, 23.6}, {"placement-stability", 10.0, 11.0, 10.4},
                {"assessments-rate", 48.0, 51.0, 50.2}};
        for (Object[] p : published) {
            String id = (String) p[0];
            em.persist(new ComparatorValue(id, ComparatorValue.Kind.STATISTICAL_NEIGHBOURS, period,
                    BigDecimal.valueOf((Double) p[1]), "system", now));
            em.persist(new ComparatorValue(id, ComparatorValue.Kind.REGION, period, BigDecimal.valueOf((Double) p[2]),
                    "system", now));
            em.persist(new ComparatorValue(id, ComparatorValue.Kind.ENGLAND, period, BigDecimal.valueOf((Double) p[3]),
                    "system", now));
        }
        Risk sufficiency = new Risk();
        sufficiency.setTitle("Not enough local foster carers for children entering care");
        sufficiency.setProgramme("Placement sufficiency");
        sufficiency.setRank(1);
        sufficiency.setOwner("Head of Children in Care");
        sufficiency.setMitigation("Foster carer recruitment campaign; retention payments; fortnightly sufficiency panel.");
        sufficiency.setReviewDate(context.today().plusMonths(1));
        sufficiency.stamp("system", now);
        em.persist(sufficiency);
        Risk workforce = new Risk();
        workforce.setTitle("Reliance on agency social workers");
        workforce.setProgramme("Workforce");
        workforce.setRank(2);
        workforce.setOwner("Principal Social Worker");
        workforce.setMitigation("Grow-our-own academy; caseload cap of 18; quarterly agency review.");
        workforce.setReviewDate(context.today().plusMonths(2));
        workforce.stamp("system", now);
        em.persist(workforce);
        Recommendation visits = new Recommendation();
        visits.setMadeOn(context.today().minusMonths(4));
        visits.setTitle("Report visits within timescale by team");
        visits.setActionProposed("Add a team breakdown of statutory visits to the monthly scorecard pack.");
        visits.setActionTaken("Drill-down from the scorecard lists the children behind each figure.");
        visits.setStatus(Recommendation.Status.COMPLETE);
        visits.stamp("system", now);
        em.persist(visits);
        Recommendation rereferrals = new Recommendation();
        rereferrals.setMadeOn(context.today().minusMonths(1));
        rereferrals.setTitle("Understand re-referrals within 12 months");
        rereferrals.setActionProposed("Audit a sample of re-referred children and report to the next committee.");
        rereferrals.setStatus(Recommendation.Status.IN_PROGRESS);
        rereferrals.stamp("system", now);
        em.persist(rereferrals);
    }
}
