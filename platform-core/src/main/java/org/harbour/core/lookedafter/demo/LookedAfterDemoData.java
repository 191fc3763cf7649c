package org.harbour.core.lookedafter.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.activity.domain.Review;
import org.harbour.core.activity.domain.ReviewType;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.lookedafter.domain.ChildCharacteristics;
import org.harbour.core.lookedafter.domain.HealthOutcome;
import org.harbour.core.lookedafter.domain.LookedAfterStatus;
import org.harbour.core.lookedafter.domain.MissingEpisode;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The practitioners' looked-after records of the demo, for the latest complete collection year,
 * after every module has written its children's care: the year's health and wellbeing of the
 * children in care for twelve months, previous permanence of those who came into care, adoption
 * decisions of the children placed for or adopted, a few missing and away episodes, a UASC boy,
 * a looked-after mother, a mid-year review for each child in care then who had none, how each
 * child took part in their reviews, why each reallocated child's social worker changed, and where
 * each placement is (the authority, inside or outside it, the distance from home). A few records are
 * deliberately left incomplete (one child's health, one starter's previous permanence, one
 * review's participation, one missing episode without its return) so the SSDA903 shows queries
 * a practitioner can put right; none breaks a DfE rule. Every third child referred in the year
 * has their disabilities recorded for the CIN census.
 */
@ApplicationScoped
public class LookedAfterDemoData implements DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(LookedAfterDemoData.class.getName());
    private static final String[] WORKER_CHANGES = {"MANAGE", "LEFTRL", "TSPROC", "FCONTA", "ORGRST", "ABSENC"};
    private static final List<List<String>> DISABILITIES = List.of(List.of("NONE"), List.of("NONE"),
            List.of("LD"), List.of("NONE"), List.of("COMM", "AUT"), List.of("NONE"), List.of("MOB", "HAND"),
            List.of("BEH"));
    private static final String[] PARTICIPATION = {"PN1", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN6", "PN7"};
    /** The demo authority's DfE code: the one the returns' {@code la-code} settings hold until an authority sets its own. */
    static final String DEMO_LA_CODE = "999";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    /** After every module's care histories, before the performance module's snapshots. */
    @Override
    public int order() {
        return 1000;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        LocalDate today = context.today();
        LocalDate march = LocalDate.of(today.getYear(), Month.MARCH, 31);
        LocalDate yearEnd = today.isAfter(march) ? march : march.minusYears(1);
        LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
        Instant at = yearEnd.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Map<Long, LookedAfterStatus> statuses = new LinkedHashMap<>();

        List<Long> twelveMonths = ids("""
                select distinct i.person_id from core_involvement i
                where i.kind = 'LOOKED_AFTER' and i.start_date <= ? and (i.end_date is null or i.end_date > ?)
                  and not exists (select 1 from core_placement_episode e where e.person_id = i.person_id
                      and e.start_date <= ? and (e.end_date is null or e.end_date > ?) and e.legal_status in ('V3', 'V4'))
                  and exists (select 1 from core_placement_episode o where o.person_id = i.person_id
                      and o.start_date <= ? and (o.end_date is null or o.end_date >= ?))
                order by i.person_id""", yearEnd.minusYears(1), yearEnd, yearEnd, yearEnd, yearEnd, yearStart);
        int health = 0;
        for (int n = 0; n < twelveMonths.size(); n++) {
            if (n == 0) {
                continue; // deliberately not recorded: the return queries it
            }
            HealthOutcome h = new HealthOutcome(twelveMonths.get(n), yearEnd, AuditLog.SYSTEM, at);
            h.setHealthCheck(n % 9 != 0);
            h.setTeethCheck(n % 7 != 0);
            h.setImmunisations(n % 11 != 0);
            h.setHealthAssessment(n % 9 != 0);
            h.setSdqScore(n % 5 == 0 ? null : 6 + n % 25);
            h.setSdqReason(n % 5 == 0 ? "SDQ1" : null);
            h.setSubstanceMisuse(n % 13 == 0);
            if (h.isSubstanceMisuse()) {
                h.setInterventionOffered(true);
                h.setInterventionReceived(n % 2 == 0);
            }
            em.persist(h);
            health++;
        }

        List<Long> starters = ids("""
                select distinct person_id from core_placement_episode
                where reason_new_episode = 'S' and start_date >= ? and start_date <= ? order by person_id""",
                yearStart, yearEnd);
        for (int n = 1; n < starters.size(); n++) { // the first is deliberately not recorded
            LookedAfterStatus s = status(statuses, starters.get(n), at);
            s.setPreviousPermanence(n % 6 == 0 ? "P2" : "Z1");
            if (n % 6 == 0) {
                s.setPreviousPermanenceLa("931");
                s.setPreviousPermanenceDate(yearStart.minusYears(3));
            }
        }

        // Children on a placement order (E1) in the year: the decision that they should be placed for adoption.
        List<Object[]> placementOrders = rows("""
                select person_id, min(start_date) from core_placement_episode
                where legal_status = 'E1' and start_date <= ? and (end_date is null or end_date >= ?)
                group by person_id order by person_id""", yearEnd, yearStart);
        int adoption = 0;
        for (Object[] row : placementOrders) {
            long child = ((Number) row[0]).longValue();
            LocalDate order = ((Date) row[1]).toLocalDate();
            LookedAfterStatus s = status(statuses, child, at);
            s.setAdoptionDecidedOn(order.minusDays(60));
            s.setPlacementOrderOn(order);
            s.setAdoptionMatchedOn(order);
            s.setPlacedForAdoptionOn(order);
            s.setAdoptedByFosterCarer(true);
            s.setAdoptersNumber(2);
            s.setAdoptersSex(adoption % 4 == 3 ? "FF" : "MF");
            s.setAdoptersLegalStatus(adoption % 4 == 3 ? "L12" : "L11");
            List<Object[]> last = rows("""
                    select reason_ceased, end_date from core_placement_episode where person_id = ?
                    order by start_date desc, id desc""", child);
            String ceased = (String) last.get(0)[0];
            if (ceased != null && !ceased.equals("E11") && !ceased.equals("E12")) {
                // Left care another way: the decision was reversed when the plan changed.
                LocalDate left = ((Date) last.get(0)[1]).toLocalDate();
                s.setAdoptionStoppedOn(left.isBefore(order) ? order : left);
                s.setAdoptionStoppedReason("RD1");
            }
            adoption++;
        }

        List<Object[]> inCare = rows("""
                select p.id, p.date_of_birth, p.sex from core_person p where p.date_of_birth is not null and exists (
                    select 1 from core_placement_episode e where e.person_id = p.id and e.start_date <= ?
                      and (e.end_date is null or e.end_date > ?) and e.legal_status not in ('V3', 'V4'))
                order by p.id""", yearEnd, yearEnd);
        int missing = 0;
        boolean uasc = false;
        boolean mother = false;
        for (int n = 0; n < inCare.size(); n++) {
            long child = ((Number) inCare.get(n)[0]).longValue();
            LocalDate born = ((Date) inCare.get(n)[1]).toLocalDate();
            String sex = (String) inCare.get(n)[2];
            int age = Period.between(born, yearEnd).getYears();
            if (age >= 11 && n % 5 == 0) {
                LocalDate start = yearStart.plusDays(40L + n % 200);
                missing(child, "M", start, start.plusDays(1), at);
                missing(child, "A", start.plusDays(30), start.plusDays(30), at);
                missing += 2;
                if (missing == 2) {
                    // Deliberately without the child's return: the return queries it.
                    missing(child, "M", yearEnd.minusDays(2), null, at);
                    missing++;
                }
            }
            if (!uasc && "M".equals(sex) && age >= 15 && age < 17) {
                LookedAfterStatus s = status(statuses, child, at);
                s.setUascFrom(yearStart.minusMonths(8));
                uasc = true;
            }
            if (!mother && "F".equals(sex) && age >= 16) {
                LookedAfterStatus s = status(statuses, child, at);
                s.setMother(true);
                s.setChildBornOn(yearStart.plusMonths(3));
                mother = true;
            }
        }
        statuses.values().forEach(em::persist);

        int added = reviewsMidYear(yearStart, yearEnd);
        em.flush();
        List<Object[]> reviews = rows("""
                select a.id, a.occurred_on, p.date_of_birth, case when exists (select 1 from core_placement_episode o
                    where o.person_id = a.person_id and o.start_date <= ? and (o.end_date is null or o.end_date >= ?))
                    then 1 else 0 end
                from core_activity a join core_person p on p.id = a.person_id
                where a.kind = 'REVIEW' and a.review_type = 'CLA_REVIEW' and p.date_of_birth is not null
                order by a.id""", yearEnd, yearStart);
        boolean leftOne = false;
        int coded = 0;
        for (int n = 0; n < reviews.size(); n++) {
            LocalDate held = ((Date) reviews.get(n)[1]).toLocalDate();
            boolean inReturn = ((Number) reviews.get(n)[3]).intValue() == 1;
            if (!leftOne && inReturn && !held.isBefore(yearStart) && !held.isAfter(yearEnd)) {
                leftOne = true; // deliberately not recorded: the return queries it
                continue;
            }
            LocalDate born = ((Date) reviews.get(n)[2]).toLocalDate();
            String code = Period.between(born, held).getYears() < 4 ? "PN0" : PARTICIPATION[n % PARTICIPATION.length];
            coded += em.createNativeQuery("update core_activity set participation_code = ? where id = ?")
                    .setParameter(1, code).setParameter(2, reviews.get(n)[0]).executeUpdate();
        }
        // Why each reallocated child's social worker changed (SWEpisodes' SW_REASON).
        List<Long> reallocated = ids("""
                select a.id from core_allocation a where a.ended_on is not null and exists (
                    select 1 from core_allocation b where b.case_file_id = a.case_file_id and b.id <> a.id
                      and b.started_on >= a.ended_on)
                order by a.id""");
        for (int n = 0; n < reallocated.size(); n++) {
            em.createNativeQuery("update core_allocation set change_reason = ? where id = ?")
                    .setParameter(1, WORKER_CHANGES[n % WORKER_CHANGES.length]).setParameter(2, reallocated.get(n))
                    .executeUpdate();
        }
        em.flush();
        int h = health;
        int m = missing;
        int a = adoption;
        int c = coded;
        LOG.info(() -> String.format("Demo looked-after records for the year ending %s: %d health outcomes, %d statuses "
                        + "(%d adoption decisions), %d missing episodes, %d reviews added, %d with participation",
                yearEnd, h, statuses.size(), a, m, added, c));
        int placements = placementLocations();
        LOG.info(() -> String.format("Demo placement locations: %d placement episodes", placements));
        int characteristics = characteristics(yearStart, yearEnd, at);
        LOG.info(() -> String.format("Demo census characteristics: %d children's disabilities recorded", characteristics));
    }

    /**
     * Where every placement is (PL_LA, PL_LOCATION, PL_DISTANCE), short breaks (V3, V4) aside as the
     * DfE asks: a third of the placements other providers make (PR2-PR5) are outside the authority, with
     * a neighbour's code and a longer way from home; the rest, the authority's own provision always
     * (rule 1015), are inside it, a few miles away. Chosen from each episode's id, so the demo is the same
     * every time; set-based, since the demo has thousands of episodes.
     */
    private int placementLocations() {
        int outside = em.createNativeQuery("""
                update core_placement_episode set placement_location = 'OUT',
                    placement_la = case mod(id, 4) when 0 then '316' when 1 then '302' when 2 then '886' else '330' end,
                    placement_distance = cast(14 + mod(id, 97) + mod(id, 10) / 10.0 as decimal(4, 1))
                where placement_location is null and legal_status not in ('V3', 'V4')
                  and placement_provider in ('PR2', 'PR3', 'PR4', 'PR5') and mod(id, 3) = 0""").executeUpdate();
        int inside = em.createNativeQuery("""
                update core_placement_episode set placement_location = 'IN', placement_la = ?,
                    placement_distance = cast(mod(id, 9) + mod(id, 7) / 10.0 + 0.4 as decimal(4, 1))
                where placement_location is null and legal_status not in ('V3', 'V4')""")
                .setParameter(1, DEMO_LA_CODE).executeUpdate();
        em.flush();
        return outside + inside;
    }

    /**
     * The disabilities of every third child referred in the year, most with none, so the census
     * carries both; the others are left unrecorded, as the census allows.
     */
    private int characteristics(LocalDate yearStart, LocalDate yearEnd, Instant at) {
        List<Long> referred = ids("""
                select distinct person_id from core_involvement
                where kind = 'REFERRAL' and start_date <= ? and (end_date is null or end_date >= ?)
                order by person_id""", yearEnd, yearStart);
        int recorded = 0;
        for (int n = 0; n < referred.size(); n += 3) {
            ChildCharacteristics c = new ChildCharacteristics(referred.get(n), AuditLog.SYSTEM, at);
            c.setDisabilities(DISABILITIES.get((n / 3) % DISABILITIES.size()));
            em.persist(c);
            recorded++;
        }
        em.flush();
        return recorded;
    }

    /**
     * A looked-after review in the middle of the year for each child in care then who had none in the
     * year, on their latest case opened by that day: the Reviews table has a row for every child.
     */
    private int reviewsMidYear(LocalDate yearStart, LocalDate yearEnd) {
        LocalDate day = yearStart.plusMonths(6);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        List<Object[]> children = rows("""
                select e.person_id, max(c.id) from core_placement_episode e
                join core_case_file c on c.person_id = e.person_id and c.opened_on <= ?
                where e.start_date <= ? and (e.end_date is null or e.end_date > ?)
                  and not exists (select 1 from core_activity a where a.person_id = e.person_id and a.kind = 'REVIEW'
                      and a.review_type = 'CLA_REVIEW' and a.occurred_on >= ? and a.occurred_on <= ?)
                group by e.person_id order by e.person_id""", day, day, day, yearStart, yearEnd);
        Instant at = day.atTime(15, 0).toInstant(ZoneOffset.UTC);
        for (Object[] row : children) {
            CaseFile caseFile = em.find(CaseFile.class, ((Number) row[1]).longValue());
            Review review = new Review(caseFile, day, AuditLog.SYSTEM, at);
            review.setReviewType(ReviewType.CLA_REVIEW);
            review.setOutcome("Care plan endorsed");
            em.persist(review);
        }
        return children.size();
    }

    private LookedAfterStatus status(Map<Long, LookedAfterStatus> statuses, long child, Instant at) {
        return statuses.computeIfAbsent(child, id -> new LookedAfterStatus(id, AuditLog.SYSTEM, at));
    }

    private void missing(long child, String kind, LocalDate start, LocalDate end, Instant at) {
        MissingEpisode m = new MissingEpisode(child, AuditLog.SYSTEM, at);
        m.setKind(kind);
        m.setStart(start);
        m.setEnd(end);
        m.setInterviewOffered(end != null);
        m.setInterviewAccepted(end != null && start.getDayOfMonth() % 2 == 0);
        em.persist(m);
    }

    private List<Long> ids(String sql, Object... parameters) {
        List<Long> ids = new ArrayList<>();
        for (Object value : query(sql, parameters)) {
            ids.add(((Number) value).longValue());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return (List<Object[]>) (List<?>) query(sql, parameters);
    }

    @SuppressWarnings("unchecked")
    private List<Object> query(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            query.setParameter(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
        return query.getResultList();
    }
}
