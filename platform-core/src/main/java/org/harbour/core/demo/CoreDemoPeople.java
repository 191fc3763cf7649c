package org.harbour.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.identity.application.DemoPassword;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonKind;
import org.harbour.core.person.domain.PersonKnownTo;
import org.harbour.core.person.domain.PersonRelationship;
import org.harbour.core.person.domain.RelationshipType;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoPeople;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Core's side of {@link DemoPeople}: writes straight to core's tables, in the seeder's transaction. */
@ApplicationScoped
@Transactional
public class CoreDemoPeople implements DemoPeople {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private StaffDirectory directory;


    @Inject
    private DemoPassword demoPassword;

    @Override
    public long newChild(DemoContext context, int minAge, int maxAge, String areaCode) {
        return known(unusedNhsNumber(CoreDemoData.child(context.random(), context.today(), minAge, maxAge), context), areaCode);
    }

    /** Test NHS numbers are drawn from a million: with hundreds of children two would clash on the unique index. */
    private Person unusedNhsNumber(Person child, DemoContext context) {
        // Earlier people are flushed already: no need to flush again before each check.
        while (em.createQuery("select count(p) from Person p where p.nhsNumber = :n", Long.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("n", child.getNhsNumber()).getSingleResult() > 0) {
            child.setNhsNumber(CoreDemoData.testNhsNumber(context.random()));
        }
        return child;
    }

    @Override
    public long newChildBorn(DemoContext context, LocalDate dateOfBirth, String areaCode) {
        Person child = unusedNhsNumber(CoreDemoData.child(context.random(), context.today(), 0, 1), context);
        child.setDateOfBirth(dateOfBirth);
        return known(child, areaCode);
    }

    @Override
    public long newAdult(DemoContext context, String givenName, String familyName, LocalDate dateOfBirth, String sex,
                         String ethnicity, String areaCode) {
        Person adult = new Person(givenName, familyName, dateOfBirth, sex);
        adult.setKind(PersonKind.ADULT);
        adult.setEthnicity(ethnicity);
        return known(adult, areaCode);
    }

    @Override
    public void recordUpn(long personId, String upn) {
        em.find(Person.class, personId).setUpn(upn);
    }

    @Override
    public void makeKnownTo(long personId, String areaCode) {
        em.persist(new PersonKnownTo(personId, area(areaCode).getId(), AuditLog.SYSTEM, Instant.now()));
    }

    @Override
    public void relate(long fromId, long toId, String relationship, LocalDate since) {
        em.persist(new PersonRelationship(em.getReference(Person.class, fromId), em.getReference(Person.class, toId),
                RelationshipType.valueOf(relationship), since, null, AuditLog.SYSTEM, Instant.now()));
    }

    @Override
    public long openCase(long personId, LocalDate openedOn, String summary, String workerUsername, String areaCode) {
        CaseFile caseFile = new CaseFile(em.find(Person.class, personId), openedOn, summary);
        em.persist(caseFile);
        em.persist(new Allocation(caseFile, user(workerUsername), area(areaCode), openedOn));
        em.flush();
        return caseFile.getId();
    }

    @Override
    public void staffMember(String username, String fullName, String jobTitle, List<String> roleCodes, String areaCode) {
        directory.createUser(username, fullName, jobTitle, demoPassword.hash(), roleCodes,
                List.of(area(areaCode)));
    }

    private long known(Person person, String areaCode) {
        person.touch(AuditLog.SYSTEM, Instant.now());
        em.persist(person);
        em.flush(); // ids are assigned on insert
        makeKnownTo(person.getId(), areaCode);
        return person.getId();
    }

    private StaffUser user(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
                .setParameter("u", username).getSingleResult();
    }

    private ServiceArea area(String code) {
        return em.createQuery("select a from ServiceArea a where a.code = :c", ServiceArea.class)
                .setParameter("c", code).getSingleResult();
    }
}
