package org.harbour.core.person.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonKind;
import org.harbour.core.person.domain.PersonKnownTo;
import org.harbour.core.person.domain.PersonRelationship;
import org.harbour.core.person.domain.RelationshipType;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Families for the demo children: a mother for each, a father for most, a brother or sister
 * for some, all sharing the child's address; and a few people recorded twice under other
 * spellings (Mohammed / Muhammad), so the duplicate check has something to find.
 */
@ApplicationScoped
public class FamilyDemoData implements DemoDataSeeder {

    private static final String[] MOTHERS = {"Sarah", "Emma", "Laura", "Gemma", "Kelly", "Shabana", "Fatima",
            "Agnieszka", "Chioma", "Jade", "Leanne", "Nadia", "Rebecca", "Stacey"};
    private static final String[] FATHERS = {"David", "Mark", "Lee", "Imran", "Tomasz", "Emeka", "Craig", "Wayne",
            "Adam", "Jason", "Kwame", "Sean"};
    private static final String[] SIBLINGS = {"Ella", "Finley", "Grace", "Alfie", "Lola", "Archie", "Evie", "Riley"};
    private static final String[] STREETS = {"Harbour Road", "Mill Lane", "Station Street", "Church View",
            "Quay Side", "Elm Grove", "Victoria Terrace", "Park Crescent"};

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        Random random = context.random();
        Instant now = Instant.now();
        List<Person> children = em.createQuery("select distinct c.person from CaseFile c order by c.person.id",
                Person.class).getResultList();
        for (Person child : children) {
            String address = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
            child.setAddress(address, null, "Harbourton");
            LocalDate childBorn = child.getDateOfBirth();
            Person mother = adult(pick(random, MOTHERS), child.getFamilyName(), childBorn.minusYears(19 + random.nextInt(17))
                    .minusDays(random.nextInt(300)), "F", child, address);
            relate(mother, child, RelationshipType.MOTHER, childBorn, now);
            Person father = null;
            if (random.nextInt(10) < 6) {
                father = adult(pick(random, FATHERS), child.getFamilyName(), mother.getDateOfBirth()
                        .minusDays(random.nextInt(2500)), "M", child, address);
                relate(father, child, RelationshipType.FATHER, childBorn, now);
            }
            if (random.nextInt(10) < 4) {
                LocalDate born = childBorn.plusDays(400 + random.nextInt(1500));
                if (born.isBefore(context.today())) {
                    Person sibling = new Person(pick(random, SIBLINGS), child.getFamilyName(), born,
                            random.nextBoolean() ? "F" : "M");
                    sibling.setKind(PersonKind.CHILD);
                    sibling.setEthnicity(child.getEthnicity());
                    sibling.setAddress(address, null, "Harbourton");
                    sibling.setPostcode(child.getPostcode());
                    sibling.touch(AuditLog.SYSTEM, now);
                    em.persist(sibling);
                    relate(child, sibling, RelationshipType.SIBLING, null, now);
                    relate(mother, sibling, RelationshipType.MOTHER, born, now);
                    if (father != null) {
                        relate(father, sibling, RelationshipType.FATHER, born, now);
                    }
                }
            }
        }
        nearDuplicates(context, now);
    }

    /** The same people recorded twice by different teams, under spellings a search must bring together. */
    private void nearDuplicates(DemoContext context, Instant now) {
        LocalDate nineYearsAgo = LocalDate.of(context.today().getYear() - 9, 3, 7);
        known(person("Mohammed", "Hussain", nineYearsAgo, "M", "HB4 7HX"), context, DemoAreas.FAMILY_SAFEGUARDING, now);
        known(person("Muhammad", "Hussain", nineYearsAgo, "M", "HB4 7HX"), context, DemoAreas.SEND_TEAM, now);
        known(person("Mohamed", "Husain", nineYearsAgo.plusYears(1), "M", null), context, DemoAreas.YOUTH_JUSTICE, now);
        int year = context.today().getYear() - 7;
        known(person("Jayden", "Clarke", LocalDate.of(year, 4, 9), "M", "HB2 1LS"), context,
                DemoAreas.FAMILY_SAFEGUARDING, now);
        known(person("Jaden", "Clark", LocalDate.of(year, 9, 4), "M", "HB2 1LS"), context, DemoAreas.SEND_TEAM, now);
        known(person("Sophie", "Smith", LocalDate.of(year - 4, 11, 23), "F", "HB6 3NW"), context,
                DemoAreas.FAMILY_SAFEGUARDING, now);
        known(person("Sofie", "Smyth", null, "F", "HB6 3NW"), context, DemoAreas.CONTINUING_CARE, now);
    }

    private Person person(String given, String family, LocalDate born, String sex, String postcode) {
        Person person = new Person(given, family, born, sex);
        person.setKind(PersonKind.CHILD);
        person.setPostcode(postcode);
        person.touch(AuditLog.SYSTEM, Instant.now());
        em.persist(person);
        return person;
    }

    private void known(Person person, DemoContext context, String areaCode, Instant now) {
        em.flush();
        em.persist(new PersonKnownTo(person.getId(), context.areaId(areaCode), AuditLog.SYSTEM, now));
    }

    private Person adult(String given, String family, LocalDate born, String sex, Person child, String address) {
        Person adult = new Person(given, family, born, sex);
        adult.setKind(PersonKind.ADULT);
        adult.setEthnicity(child.getEthnicity());
        adult.setAddress(address, null, "Harbourton");
        adult.setPostcode(child.getPostcode());
        adult.touch(AuditLog.SYSTEM, Instant.now());
        em.persist(adult);
        return adult;
    }

    private void relate(Person from, Person to, RelationshipType type, LocalDate since, Instant now) {
        em.flush();
        em.persist(new PersonRelationship(from, to, type, since, null, AuditLog.SYSTEM, now));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
