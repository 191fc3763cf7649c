package org.harbour.core.recordsummary.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.recordsummary.domain.AlertType;
import org.harbour.core.recordsummary.domain.ChildAlert;
import org.harbour.core.recordsummary.domain.KeyProfessional;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Alerts on some demo children and the GP and school of every third, so the record summary shows
 * what a worker would find on a real record. Chosen by case id rather than by the demo data's
 * random numbers, which the other seeders share.
 */
@ApplicationScoped
public class RecordSummaryDemoData implements DemoDataSeeder {

    private static final String[][] ALERTS = {
            {"RISK_TO_STAFF", "Father has been aggressive to professionals: visit in pairs."},
            {"MEDICAL", "Severe nut allergy: carries an adrenaline pen."},
            {"COMMUNICATION", "Mother's first language is Polish: book an interpreter."},
            {"ADDRESS_CONFIDENTIAL", "Address not to be shared with the father (non-molestation order)."}};
    private static final String[] SCHOOLS = {"Harbour Primary School", "St Anne's Church of England Primary",
            "Quayside Academy", "Northgate High School"};

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        List<Allocation> open = em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.worker w
                        where a.endedOn is null and c.closedOn is null order by c.id""", Allocation.class)
                .getResultList();
        for (Allocation a : open) {
            long caseId = a.getCaseFile().getId();
            long personId = a.getCaseFile().getPerson().getId();
            String worker = a.getWorker().getUsername();
            LocalDate opened = a.getCaseFile().getOpenedOn();
            if (caseId % 5 == 0) {
                String[] alert = ALERTS[(int) (caseId / 5 % ALERTS.length)];
                ChildAlert child = new ChildAlert(personId, worker, opened.atStartOfDay().toInstant(ZoneOffset.UTC));
                child.setType(AlertType.valueOf(alert[0]));
                child.setText(alert[1]);
                child.setStartsOn(opened);
                em.persist(child);
            }
            if (caseId % 3 == 0) {
                em.persist(professional(personId, worker, opened, "GP", "Dr Amara Osei", "Quayside Medical Centre",
                        "01632 960 412", null));
                em.persist(professional(personId, worker, opened, "Designated safeguarding lead", "Mr Daniel Reyes",
                        SCHOOLS[(int) (caseId % SCHOOLS.length)], "01632 960 733", "dsl@school.example.sch.uk"));
            }
        }
        em.flush();
    }

    private static KeyProfessional professional(long personId, String worker, LocalDate from, String role, String name,
                                                String organisation, String phone, String email) {
        KeyProfessional p = new KeyProfessional(personId, worker, from.atStartOfDay().toInstant(ZoneOffset.UTC));
        p.setRole(role);
        p.setName(name);
        p.setOrganisation(organisation);
        p.setPhone(phone);
        p.setEmail(email);
        p.setStartsOn(from);
        return p;
    }
}
