package org.harbour.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.identity.application.DemoPassword;
import org.harbour.core.access.application.ModuleSwitchboard;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.person.domain.NhsNumber;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Demo service areas, staff with different roles and a small, realistic caseload. */
@ApplicationScoped
public class CoreDemoData {

    public static final String FAMILY_SAFEGUARDING = DemoAreas.FAMILY_SAFEGUARDING;
    public static final String YOUTH_JUSTICE = DemoAreas.YOUTH_JUSTICE;
    public static final String SEND_TEAM = DemoAreas.SEND_TEAM;
    public static final String CONTINUING_CARE = DemoAreas.CONTINUING_CARE;
    public static final String PAUSE = DemoAreas.PAUSE;
    public static final String PERFORMANCE = DemoAreas.PERFORMANCE;

    private static final String[] GIVEN_GIRLS = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya",
            "Aisha", "Zara", "Maya", "Sofia", "Ruby", "Poppy", "Esme", "Hannah", "Nia", "Leah"};
    private static final String[] GIVEN_BOYS = {"Oliver", "Noah", "George", "Leo", "Jack", "Harry", "Mohammed",
            "Alfie", "Charlie", "Ethan", "Kai", "Reuben", "Tyler", "Kacper", "Yusuf", "Callum", "Daniel", "Joel"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans",
            "Thomas", "Roberts", "Khan", "Ali", "Hussain", "Nowak", "Kowalski", "Okoro", "Mensah", "Campbell",
            "Murphy", "O'Neill", "Wright", "Walker", "Green", "Hall", "Begum", "Singh", "Patel", "Clarke", "Reid"};
    /** DfE ethnicity codes, repeated roughly in proportion to a city's child population. */
    private static final String[] ETHNICITY = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WIRI",
            "MWBC", "MWBA", "MWAS", "MOTH", "APKN", "AIND", "ABAN", "BAFR", "BCRB", "CHNE", "AOTH", "NOBT"};
    private static final String[] POSTCODE_TAILS = {"2AB", "4QT", "7HX", "1LS", "9DP", "3NW", "6JR", "8EZ"};

    private static final Map<String, String[]> SUMMARIES = Map.of(
            FAMILY_SAFEGUARDING, new String[]{"Child in need plan: parental substance misuse",
                    "Child protection plan: neglect", "Child protection plan: emotional abuse",
                    "Single assessment in progress", "Looked after: in-house foster placement",
                    "Looked after: placed with connected carers", "Section 47 enquiry: physical injury",
                    "Child in need plan: domestic abuse in the household"},
            YOUTH_JUSTICE, new String[]{"Referral order (9 months)", "Turnaround programme",
                    "Youth conditional caution", "Youth rehabilitation order with supervision",
                    "Bail supervision and support", "Youth Diversion Programme"},
            SEND_TEAM, new String[]{"EHC needs assessment requested by school", "EHC plan: annual review due",
                    "EHC plan: phase transfer to secondary", "EHC plan: preparing for adulthood",
                    "Request for assessment from parent"},
            CONTINUING_CARE, new String[]{"Continuing care referral: complex epilepsy",
                    "Continuing care package: long-term ventilation", "Review of package: tracheostomy care",
                    "Complex-care pathway: behaviour that challenges"});

    @Inject
    private StaffDirectory directory;

    @Inject
    private CaseloadService caseload;


    @Inject
    private ModuleSwitchboard switchboard;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private DemoPassword demoPassword;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Transactional
    public DemoContext load() {
        Map<String, ServiceArea> areas = new LinkedHashMap<>();
        area(areas, FAMILY_SAFEGUARDING, "Family Safeguarding");
        area(areas, YOUTH_JUSTICE, "Youth Justice Service");
        area(areas, SEND_TEAM, "SEND Team");
        area(areas, CONTINUING_CARE, "Children's Continuing Care Commissioning");
        area(areas, PAUSE, "Pause");
        area(areas, PERFORMANCE, "Performance & Intelligence");

        Map<String, StaffUser> staff = new LinkedHashMap<>();
        String hash = demoPassword.hash();
        user(staff, hash, "admin", "Alex Morgan", "Systems administrator", List.of(Roles.ADMIN),
                new ArrayList<>(areas.values()));
        user(staff, hash, "priya.shah", "Priya Shah", "Social worker", List.of(Roles.PRACTITIONER),
                List.of(areas.get(FAMILY_SAFEGUARDING)));
        user(staff, hash, "tom.okafor", "Tom Okafor", "Team manager", List.of(Roles.MANAGER, Roles.PRACTITIONER),
                List.of(areas.get(FAMILY_SAFEGUARDING)));
        user(staff, hash, "dan.hughes", "Dan Hughes", "Youth justice case manager", List.of(Roles.PRACTITIONER),
                List.of(areas.get(YOUTH_JUSTICE)));
        user(staff, hash, "grace.lee", "Grace Lee", "SEND case officer", List.of(Roles.PRACTITIONER),
                List.of(areas.get(SEND_TEAM)));
        user(staff, hash, "helen.ward", "Helen Ward", "Continuing care nurse assessor", List.of(Roles.PRACTITIONER),
                List.of(areas.get(CONTINUING_CARE)));
        user(staff, hash, "raj.patel", "Raj Patel", "Commissioning manager", List.of(Roles.COMMISSIONER, Roles.MANAGER),
                List.of(areas.get(CONTINUING_CARE)));
        user(staff, hash, "maria.costa", "Maria Costa", "Pause practitioner", List.of(Roles.PRACTITIONER),
                List.of(areas.get(PAUSE)));
        user(staff, hash, "olivia.brown", "Olivia Brown", "Performance analyst", List.of(Roles.ANALYST),
                List.of(areas.get(PERFORMANCE)));

        switchOn(areas, FAMILY_SAFEGUARDING, "performance");
        switchOn(areas, YOUTH_JUSTICE, "youth-justice", "performance");
        switchOn(areas, SEND_TEAM, "send");
        switchOn(areas, CONTINUING_CARE, "continuing-care");
        switchOn(areas, PAUSE, "pause");
        // The analyst reports the youth justice measures too: the module is on where she works.
        switchOn(areas, PERFORMANCE, "performance", "youth-justice");

        LocalDate today = LocalDate.now(Clock.systemUTC());
        // The same seed as the context's own random source, so the demo children are as before.
        Random random = new Random(2026L);
        Map<String, List<Person>> allocated = new HashMap<>();
        allocate(allocated, staff, areas, today, random, "priya.shah", FAMILY_SAFEGUARDING, 12, 0, 17);
        allocate(allocated, staff, areas, today, random, "tom.okafor", FAMILY_SAFEGUARDING, 3, 0, 17);
        allocate(allocated, staff, areas, today, random, "dan.hughes", YOUTH_JUSTICE, 8, 10, 17);
        allocate(allocated, staff, areas, today, random, "grace.lee", SEND_TEAM, 8, 2, 17);
        allocate(allocated, staff, areas, today, random, "helen.ward", CONTINUING_CARE, 5, 0, 17);
        em.flush(); // the children's ids are assigned on flush
        Map<String, Long> areaIds = new HashMap<>();
        areas.forEach((code, area) -> areaIds.put(code, area.getId()));
        Map<String, List<Long>> allocatedIds = new HashMap<>();
        allocated.forEach((code, children) -> allocatedIds.put(code, children.stream().map(Person::getId).toList()));
        return new DemoContext(areaIds, allocatedIds, today, random);
    }

    private void area(Map<String, ServiceArea> areas, String code, String name) {
        areas.put(code, directory.createServiceArea(code, name));
    }

    /** Each service area uses only its own modules; those not deployed are skipped. */
    private void switchOn(Map<String, ServiceArea> areas, String areaCode, String... moduleIds) {
        for (String moduleId : moduleIds) {
            if (registry.find(moduleId).isPresent()) {
                switchboard.switchModule(areas.get(areaCode).getId(), moduleId, true, AuditLog.SYSTEM);
            }
        }
    }

    private void user(Map<String, StaffUser> staff, String hash, String username, String name, String title,
                      List<String> roles, List<ServiceArea> areas) {
        staff.put(username, directory.createUser(username, name, title, hash, roles, areas));
    }

    private void allocate(Map<String, List<Person>> allocated, Map<String, StaffUser> staff, Map<String, ServiceArea> areas,
                          LocalDate today, Random random, String worker, String areaCode, int count, int minAge, int maxAge) {
        String[] summaries = SUMMARIES.get(areaCode);
        for (int i = 0; i < count; i++) {
            Person child = child(random, today, minAge, maxAge);
            caseload.registerPerson(child);
            LocalDate opened = today.minusDays(14 + random.nextInt(700));
            caseload.openAndAllocate(child, opened, summaries[random.nextInt(summaries.length)],
                    staff.get(worker), areas.get(areaCode));
            allocated.computeIfAbsent(areaCode, c -> new ArrayList<>()).add(child);
        }
    }

    static Person child(Random random, LocalDate today, int minAge, int maxAge) {
        boolean girl = random.nextBoolean();
        String given = pick(random, girl ? GIVEN_GIRLS : GIVEN_BOYS);
        LocalDate dob = today.minusYears(minAge).minusDays(random.nextInt((maxAge - minAge) * 365 + 300));
        Person person = new Person(given, pick(random, FAMILY), dob, girl ? "F" : "M");
        person.setEthnicity(pick(random, ETHNICITY));
        person.setNhsNumber(testNhsNumber(random));
        person.setPostcode("HB" + (1 + random.nextInt(9)) + " " + pick(random, POSTCODE_TAILS));
        return person;
    }

    /** NHS numbers starting 999 are reserved for testing and never issued to a patient. */
    static String testNhsNumber(Random random) {
        while (true) {
            String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
