package org.harbour.core.involvement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.identity.application.DemoPassword;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.person.domain.NhsNumber;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo involvements: the Family Safeguarding children get histories that match their case
 * summaries, and about 300 more children get five years of realistic journeys (contacts,
 * referrals and re-referrals, assessments in and out of timescale, plans, enquiries, periods in
 * care with their placement episodes, care leavers, early help). Most of those histories are
 * closed; the open ones are allocated to more Family Safeguarding social workers.
 */
@ApplicationScoped
public class InvolvementDemoData implements DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(InvolvementDemoData.class.getName());
    private static final String FAMILY_SAFEGUARDING = "FAMILY_SAFEGUARDING";
    private static final int EXTRA_CHILDREN = 300;
    /** Share of the extra children whose case is open today. */
    private static final double OPEN_SHARE = 0.36;

    /** Demo social workers added to Family Safeguarding; their caseloads come from the open histories. */
    public static final List<String[]> SOCIAL_WORKERS = List.of(
            new String[]{"sam.ellis", "Sam Ellis", "Social worker"},
            new String[]{"aisha.rahman", "Aisha Rahman", "Social worker"},
            new String[]{"ben.carter", "Ben Carter", "Senior social worker"},
            new String[]{"chloe.martin", "Chloe Martin", "Social worker"});

    private static final String[] GIVEN_GIRLS = {"Amber", "Bella", "Chloe", "Daisy", "Eden", "Fatima", "Grace", "Holly",
            "Imogen", "Jasmine", "Keira", "Layla", "Millie", "Nadia", "Orla", "Phoebe", "Rosie", "Scarlett", "Tia",
            "Willow", "Yasmin", "Zainab", "Evie", "Erin"};
    private static final String[] GIVEN_BOYS = {"Aaron", "Bilal", "Caleb", "Dylan", "Elliot", "Finley", "Gabriel",
            "Harvey", "Ibrahim", "Jayden", "Kyle", "Logan", "Mason", "Nathan", "Oscar", "Riley", "Samuel", "Theo",
            "Umar", "Vincent", "Zak", "Lewis", "Jamie", "Max"};
    private static final String[] FAMILY = {"Adams", "Baker", "Bell", "Carter", "Cooper", "Davies", "Edwards", "Fisher",
            "Foster", "Gray", "Harris", "Hughes", "Iqbal", "Jackson", "King", "Lewis", "Mahmood", "Mitchell", "Morris",
            "Nguyen", "Owen", "Parker", "Phillips", "Price", "Rahman", "Richards", "Scott", "Shaw", "Stewart",
            "Turner", "Ward", "Watson", "White", "Wood", "Young", "Zielinski", "Adeyemi", "Kaur", "Lynch", "Doyle"};
    private static final String[] ETHNICITY = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WIRT",
            "MWBC", "MWBC", "MWBA", "MWAS", "MOTH", "APKN", "APKN", "AIND", "ABAN", "BAFR", "BCRB", "BOTH", "CHNE",
            "AOTH", "OOTH", "NOBT"};
    private static final String[] POSTCODE_TAILS = {"2AB", "4QT", "7HX", "1LS", "9DP", "3NW", "6JR", "8EZ", "5GU", "2YB"};
    /** ReferralSource codes weighted roughly as in the CIN census: police, schools and health most often. */
    private static final String[] SOURCES = {"6", "6", "6", "6", "6", "6", "2A", "2A", "2A", "2A", "3A", "3B", "3E",
            "3E", "3F", "5A", "5B", "5D", "5D", "1A", "1A", "1B", "1C", "4", "7", "8", "9", "10"};
    /** Categories of need of periods of care, weighted as the DfE's national figures (abuse or neglect first). */
    private static final String[] CARE_NEEDS = {"N1", "N1", "N1", "N1", "N1", "N1", "N4", "N5", "N5", "N2", "N8",
            "N3"};
    private static final String[] NEEDS = {"N1", "N1", "N1", "N1", "N1", "N1", "N4", "N4", "N5", "N5", "N2", "N3", "N6",
            "N8", "N7", "N0", "N9"};
    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "PHY", "SAB", "MUL"};
    private static final String[] FACTORS = {"3B", "3A", "2B", "1B", "4B", "4A", "16A", "17A", "18B", "10A", "11A", "24A",
            "5B", "6B", "14A", "15A", "21"};
    private static final String[] LEAD_AGENCIES = {"LA_EARLY_HELP", "LA_EARLY_HELP", "SCHOOL", "SCHOOL", "FAMILY_HUB",
            "HEALTH", "VOLUNTARY", "HOUSING"};

    private static final Map<String, String> CATEGORY_WORDS = Map.of("NEG", "neglect",
            "EMO", "emotional abuse", "PHY", "physical abuse", "SAB", "sexual abuse", "MUL", "multiple categories");
    private static final Map<String, String> PLACEMENT_WORDS = Map.ofEntries(
            Map.entry("U4PR1", "in-house foster placement"), Map.entry("U6PR1", "in-house foster placement"),
            Map.entry("U4PR4", "independent fostering agency"), Map.entry("U6PR4", "independent fostering agency"),
            Map.entry("U1PR1", "placed with connected carers"), Map.entry("U3PR1", "placed with connected carers"),
            Map.entry("K2PR4", "children's home"), Map.entry("P1PR0", "placed with parents"),
            Map.entry("K3PR4", "supported accommodation"), Map.entry("R1PR4", "residential care home"),
            Map.entry("A5PR1", "placed for adoption"));

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CaseloadService caseload;

    @Inject
    private StaffDirectory directory;


    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private DemoPassword demoPassword;

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        long started = System.nanoTime();
        Random random = context.random();
        LocalDate today = context.today();
        ServiceArea area = em.find(ServiceArea.class, context.areaId(FAMILY_SAFEGUARDING));
        String hash = demoPassword.hash();
        List<StaffUser> workers = new ArrayList<>();
        for (String[] w : SOCIAL_WORKERS) {
            workers.add(directory.createUser(w[0], w[1], w[2], hash, List.of(Roles.PRACTITIONER), List.of(area)));
        }
        Histories histories = new Histories(random, today);
        for (Allocation allocation : familySafeguardingCases(area)) {
            histories.forCaseSummary(allocation);
        }
        Set<String> nhsNumbers = new HashSet<>(em.createQuery(
                "select p.nhsNumber from Person p where p.nhsNumber is not null", String.class).getResultList());
        List<CaseFile> toClose = new ArrayList<>();
        List<LocalDate> closeDates = new ArrayList<>();
        int open = 0;
        for (int n = 0; n < EXTRA_CHILDREN; n++) {
            Person child = newChild(random, today, nhsNumbers);
            // Young adults are in the demo as care leavers: their children's social care case is closed.
            boolean isOpen = random.nextDouble() < OPEN_SHARE && child.getDateOfBirth().plusYears(18).isAfter(today);
            StaffUser worker = workers.get(open % workers.size());
            if (histories.journey(child, isOpen, worker, area, toClose, closeDates)) {
                open++;
            }
        }
        em.flush();
        for (int i = 0; i < toClose.size(); i++) {
            em.createQuery("update CaseFile c set c.closedOn = :closed where c.id = :id")
                    .setParameter("closed", closeDates.get(i)).setParameter("id", toClose.get(i).getId()).executeUpdate();
            // A closed case holds no running plan: its plans end by the closing day at the latest.
            em.createQuery("update Involvement i set i.endDate = :closed where i.caseFileId = :id and i.kind in :plans"
                            + " and (i.endDate is null or i.endDate > :closed)")
                    .setParameter("closed", closeDates.get(i)).setParameter("id", toClose.get(i).getId())
                    .setParameter("plans", List.of(InvolvementKind.CIN_PLAN, InvolvementKind.CP_PLAN)).executeUpdate();
        }
        int openCases = open;
        StringBuilder caseloads = new StringBuilder();
        for (StaffUser w : workers) {
            caseloads.append(' ').append(w.getUsername()).append('=').append(em.createQuery(
                    "select count(a) from Allocation a where a.worker = :w and a.endedOn is null", Long.class)
                    .setParameter("w", w).getSingleResult());
        }
        StringBuilder kinds = new StringBuilder();
        em.createQuery("select i.kind, count(i) from Involvement i group by i.kind", Object[].class).getResultList()
                .forEach(row -> kinds.append(' ').append(row[0]).append('=').append(row[1]));
        LOG.info(() -> String.format("Demo involvements: %d children, %d open (%s), %d records (%s), in %d ms",
                EXTRA_CHILDREN, openCases, caseloads.toString().trim(), histories.records, kinds.toString().trim(),
                (System.nanoTime() - started) / 1_000_000));
    }

    /** In an order that does not depend on the ids the database handed out, so the demo is the same every time. */
    private List<Allocation> familySafeguardingCases(ServiceArea area) {
        return em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.worker w join c.person p
                        where a.serviceArea.id = :area and a.endedOn is null and c.closedOn is null
                        order by p.nhsNumber, c.id""", Allocation.class)
                .setParameter("area", area.getId()).getResultList();
    }

    private Person newChild(Random random, LocalDate today, Set<String> nhsNumbers) {
        boolean girl = random.nextBoolean();
        String given = pick(random, girl ? GIVEN_GIRLS : GIVEN_BOYS);
        // Ages 0 to 20: young people over 18 are here as care leavers.
        LocalDate dob = today.minusDays(30 + random.nextInt(20 * 365 + 300));
        Person person = new Person(given, pick(random, FAMILY), dob, girl ? "F" : "M");
        person.setEthnicity(pick(random, ETHNICITY));
        String nhs;
        do {
            String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
            int check = NhsNumber.checkDigit(nine);
            nhs = check < 0 ? null : nine + check;
        } while (nhs == null || !nhsNumbers.add(nhs));
        person.setNhsNumber(nhs);
        person.setPostcode("HB" + (1 + random.nextInt(9)) + " " + pick(random, POSTCODE_TAILS));
        em.persist(person);
        return person;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Writes one child's involvements; dates never pass today, and what would end later stays open. */
    private final class Histories {

        private final Random random;
        private final LocalDate today;
        private int records;
        /** What the child's open case is about, for its summary. */
        private String openWork;

        Histories(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
        }

        /** Involvements that match an existing Family Safeguarding case's summary. */
        void forCaseSummary(Allocation allocation) {
            CaseFile caseFile = allocation.getCaseFile();
            long person = caseFile.getPerson().getId();
            String by = allocation.getWorker().getUsername();
            String summary = caseFile.getSummary() == null ? "" : caseFile.getSummary();
            LocalDate opened = caseFile.getOpenedOn();
            if (summary.startsWith("Single assessment") || summary.startsWith("Section 47")) {
                // Work in progress is recent: the case opened with this referral a few weeks ago.
                opened = calendar.addWorkingDays(today.minusDays(75), 5 + random.nextInt(45));
                em.createQuery("update CaseFile c set c.openedOn = :on where c.id = :id")
                        .setParameter("on", opened).setParameter("id", caseFile.getId()).executeUpdate();
                em.createQuery("update Allocation a set a.startedOn = :on where a.id = :id")
                        .setParameter("on", opened).setParameter("id", allocation.getId()).executeUpdate();
            }
            Involvement referral = referral(person, caseFile.getId(), opened, by);
            if (summary.startsWith("Single assessment")) {
                assessment(person, caseFile.getId(), referral, opened.plusDays(1), null, by);
                return;
            }
            LocalDate done = calendar.addWorkingDays(opened, 20 + random.nextInt(24));
            if (summary.startsWith("Section 47")) {
                LocalDate strategy = opened.plusDays(random.nextInt(2));
                add(simple(person, caseFile.getId(), InvolvementKind.STRATEGY_DISCUSSION, strategy, null, by, referral));
                Involvement s47 = simple(person, caseFile.getId(), InvolvementKind.SECTION_47, strategy, null, by, referral);
                add(s47);
                assessment(person, caseFile.getId(), referral, opened.plusDays(1), null, by);
                return;
            }
            assessment(person, caseFile.getId(), referral, opened.plusDays(1), min(done), by);
            LocalDate planStart = min(done.plusDays(3));
            if (summary.startsWith("Child in need plan")) {
                add(simple(person, caseFile.getId(), InvolvementKind.CIN_PLAN, planStart, null, by, referral));
            } else if (summary.startsWith("Child protection plan")) {
                String category = summary.contains("emotional") ? "EMO" : summary.contains("neglect") ? "NEG" : "MUL";
                protection(person, caseFile.getId(), referral, opened, category, null, by);
            } else if (summary.startsWith("Looked after")) {
                boolean connected = summary.contains("connected");
                lookedAfter(person, caseFile.getId(), planStart, null, by, connected ? "U3" : "U6", "PR1", false);
            }
        }

        /**
         * A child's journey of five years or less. Returns whether the child's case is open today,
         * allocated to the worker; closed cases are listed to be closed once the ids exist.
         */
        boolean journey(Person child, boolean open, StaffUser worker, ServiceArea area, List<CaseFile> toClose,
                        List<LocalDate> closeDates) {
            em.flush(); // the identity column gives the child's id on insert
            long person = child.getId();
            String by = worker.getUsername();
            LocalDate born = child.getDateOfBirth();
            LocalDate earliest = max(born.plusDays(20), today.minusYears(5));
            if (earliest.isAfter(today.minusDays(40))) {
                earliest = today.minusDays(40);
            }
            LocalDate adult = born.plusYears(18);
            // Histories of young adults happened while they were children.
            LocalDate latest = adult.minusDays(400).isBefore(today) ? adult.minusDays(400) : today;
            long span = Math.max(1, ChronoUnit.DAYS.between(earliest, latest));
            LocalDate day = earliest.plusDays(open ? span / 2 + random.nextInt((int) Math.max(1, span / 2 - 30))
                    : random.nextInt((int) Math.max(1, span - 200)));
            if (random.nextInt(3) == 0) {
                // A contact that went no further.
                add(contact(person, day.minusDays(30 + random.nextInt(300)).isBefore(earliest) ? earliest
                        : day.minusDays(30 + random.nextInt(300)), by));
            }
            if (random.nextInt(5) == 0) {
                LocalDate ehStart = day;
                LocalDate ehEnd = ehStart.plusDays(90 + random.nextInt(180));
                add(earlyHelp(person, ehStart, ehEnd.isAfter(today) ? null : ehEnd, by));
                day = ehEnd.plusDays(10 + random.nextInt(60));
            }
            int referrals = 1 + (random.nextInt(5) == 0 ? 1 : 0);
            boolean caseOpen = false;
            for (int r = 0; r < referrals && day.isBefore(today.minusDays(10)) && day.isBefore(adult.minusDays(400)); r++) {
                boolean last = r == referrals - 1;
                add(contact(person, day.minusDays(random.nextInt(3)), by));
                CaseFile caseFile = new CaseFile(child, day, "Children's social care involvement");
                openWork = "Child and family work";
                boolean keepOpen = last && open;
                if (keepOpen) {
                    caseFile = caseload.openAndAllocate(child, day, "Family Safeguarding: child and family work",
                            worker, area);
                } else {
                    em.persist(caseFile);
                }
                em.flush();
                LocalDate closed = episode(person, caseFile.getId(), day, keepOpen, adult, by);
                if (closed == null) {
                    if (!keepOpen) {
                        // Work that is still going on today is held by a worker, like any open case.
                        em.persist(new Allocation(caseFile, worker, area, day));
                    }
                    em.createQuery("update CaseFile c set c.summary = :summary where c.id = :id")
                            .setParameter("summary", openWork).setParameter("id", caseFile.getId()).executeUpdate();
                    caseOpen = true;
                    break;
                } else {
                    // A closed case keeps who held it while it was open.
                    Allocation held = new Allocation(caseFile, worker, area, day);
                    held.endOn(closed);
                    em.persist(held);
                    toClose.add(caseFile);
                    closeDates.add(closed);
                    // A re-referral: some within twelve months of closure, some later.
                    day = closed.plusDays(random.nextBoolean() ? 40 + random.nextInt(300) : 380 + random.nextInt(400));
                }
            }
            return caseOpen;
        }

        /** One referral and what followed; returns the closure date, or null while the case stays open. */
        private LocalDate episode(long person, long caseId, LocalDate day, boolean keepOpen, LocalDate adult,
                                  String by) {
            Involvement referral = referral(person, caseId, day, by);
            boolean careLeaverAge = adult.isBefore(today);
            // Older young people in the demo mostly came into care, so that there are care leavers.
            int path = careLeaverAge && random.nextBoolean() ? 95 : random.nextInt(100);
            if (path < 11 && !keepOpen) {
                referral.setNfa(true);
                return close(referral, day.plusDays(random.nextInt(3)), "RC8");
            }
            LocalDate start = day.plusDays(random.nextInt(4));
            boolean late = random.nextInt(100) < 17;
            LocalDate due = calendar.addWorkingDays(day, 45);
            LocalDate done = late ? calendar.addWorkingDays(due, 1 + random.nextInt(35))
                    : calendar.addWorkingDays(day, 12 + random.nextInt(33));
            boolean stillAssessing = keepOpen && path < 30;
            if (stillAssessing || done.isAfter(today)) {
                openWork = "Single assessment in progress";
                assessment(person, caseId, referral, min(start), null, by);
                return keepOpen || done.isAfter(today) ? null : close(referral, today, "RC7");
            }
            assessment(person, caseId, referral, start, done, by);
            if (path < 40 && !keepOpen) {
                return close(referral, done.plusDays(random.nextInt(10)), random.nextBoolean() ? "RC8" : "RC9");
            }
            LocalDate next = done.plusDays(2 + random.nextInt(10));
            if (next.isAfter(today)) {
                return keepOpen ? null : close(referral, today, "RC7");
            }
            if (path >= 66 && path < 76) {
                // Enquiry whose concerns were not substantiated, or met by a child in need plan.
                add(simple(person, caseId, InvolvementKind.STRATEGY_DISCUSSION, next, null, by, referral));
                Involvement s47 = simple(person, caseId, InvolvementKind.SECTION_47, next, null, by, referral);
                boolean cin = random.nextBoolean();
                s47.setOutcomeCode(cin ? "CIN" : "NFA");
                LocalDate enquiryEnd = calendar.addWorkingDays(next, 5 + random.nextInt(10));
                if (enquiryEnd.isAfter(today)) {
                    s47.setOutcomeCode(null);
                    openWork = "Section 47 enquiry in progress";
                    add(s47);
                    return keepOpen ? null : close(referral, today, "RC7");
                }
                s47.setEndDate(enquiryEnd);
                add(s47);
                if (!cin && !keepOpen) {
                    return close(referral, enquiryEnd.plusDays(random.nextInt(10)), "RC7");
                }
                next = enquiryEnd.plusDays(1);
                path = 50; // continues as a child in need plan
            }
            if (path < 76) {
                LocalDate end = next.plusDays(150 + random.nextInt(400));
                boolean ends = !keepOpen && !end.isAfter(today);
                add(simple(person, caseId, InvolvementKind.CIN_PLAN, next, ends ? end : null, by, referral));
                openWork = "Child in need plan";
                return ends ? close(referral, end, random.nextInt(4) == 0 ? "RC4" : "RC7") : keepOpen ? null
                        : close(referral, today, "RC7");
            }
            LocalDate cpEnd = protection(person, caseId, referral, next, pick(random, CATEGORIES),
                    keepOpen ? null : next.plusDays(200 + random.nextInt(400)), by);
            if (path < 90 || cpEnd == null) {
                if (cpEnd == null) {
                    return keepOpen ? null : close(referral, today, "RC7");
                }
                return close(referral, cpEnd.plusDays(random.nextInt(20)), "RC7");
            }
            LocalDate careStart = cpEnd;
            if (careStart.isAfter(adult.minusDays(60))) {
                return close(referral, cpEnd.plusDays(random.nextInt(20)), "RC7");
            }
            LocalDate careEnd = careLeaverAge ? adult : careStart.plusDays(200 + random.nextInt(900));
            if (careEnd.isAfter(adult)) {
                careEnd = adult;
            }
            boolean stays = keepOpen || careEnd.isAfter(today);
            String[] placement = placement();
            openWork = "Looked after: " + PLACEMENT_WORDS.getOrDefault(placement[0] + placement[1], "in care");
            Involvement period = lookedAfter(person, caseId, careStart, stays ? null : careEnd, by, placement[0],
                    placement[1], careEnd.equals(adult));
            if (stays) {
                return null;
            }
            if (careEnd.equals(adult)) {
                careLeaver(person, adult, by);
                return close(referral, adult, pick(random, new String[]{"RC6", "RC7"}));
            }
            return close(referral, period.getEndDate(), random.nextInt(3) == 0 ? "RC4" : "RC7");
        }

        /** Left care at 18: a former relevant care leaver with their OC3 outcomes. */
        private void careLeaver(long person, LocalDate from, String by) {
            Involvement leaver = record(person, null, InvolvementKind.CARE_LEAVER, from, by);
            leaver.setLeaverStatus("FORMER");
            leaver.setInTouch(pick(random, new String[]{"YES", "YES", "YES", "YES", "YES", "NO", "REFU"}));
            leaver.setActivityCode(pick(random, new String[]{"F2", "F2", "F1", "F4", "P4", "F3", "G5", "G5", "G4", "G6"}));
            leaver.setAccommodationCode(pick(random, new String[]{"H1", "H1", "D1", "E1", "U1", "U1", "B1", "K2", "R2"}));
            add(leaver);
        }

        private Involvement referral(long person, Long caseId, LocalDate day, String by) {
            Involvement referral = record(person, caseId, InvolvementKind.REFERRAL, day, by);
            referral.setSourceCode(pick(random, SOURCES));
            referral.setPrimaryNeed(pick(random, NEEDS));
            add(referral);
            return referral;
        }

        private Involvement contact(long person, LocalDate day, String by) {
            Involvement contact = record(person, null, InvolvementKind.CONTACT, min(day), by);
            contact.setSourceCode(pick(random, SOURCES));
            return contact;
        }

        private Involvement earlyHelp(long person, LocalDate start, LocalDate end, String by) {
            Involvement eh = record(person, null, InvolvementKind.EARLY_HELP, start, by);
            eh.setEndDate(end);
            eh.setLeadAgency(pick(random, LEAD_AGENCIES));
            return eh;
        }

        private void assessment(long person, Long caseId, Involvement referral, LocalDate start, LocalDate done,
                                String by) {
            Involvement a = record(person, caseId, InvolvementKind.ASSESSMENT, min(start), by);
            a.setReferralId(referral.getId());
            a.setCompletedOn(done);
            if (done != null) {
                String first = pick(random, FACTORS);
                String second = pick(random, FACTORS);
                a.setFactors(first.equals(second) || "21".equals(first) ? first : first + " " + second);
            }
            add(a);
        }

        /** Strategy discussion, section 47, conference and plan; returns the plan's end, or null while open. */
        private LocalDate protection(long person, Long caseId, Involvement referral, LocalDate strategy,
                                     String category, LocalDate planEnd, String by) {
            add(simple(person, caseId, InvolvementKind.STRATEGY_DISCUSSION, strategy, null, by, referral));
            Involvement s47 = simple(person, caseId, InvolvementKind.SECTION_47, min(strategy.plusDays(1)), null, by,
                    referral);
            LocalDate icpc = calendar.addWorkingDays(strategy, random.nextInt(10) == 0 ? 16 + random.nextInt(8)
                    : 6 + random.nextInt(10));
            if (icpc.isAfter(today)) {
                openWork = "Section 47 enquiry in progress";
                add(s47);
                return null;
            }
            s47.setOutcomeCode("ICPC");
            s47.setIcpcDate(icpc);
            s47.setEndDate(icpc.minusDays(1).isBefore(s47.getStartDate()) ? s47.getStartDate() : icpc.minusDays(1));
            add(s47);
            Involvement plan = simple(person, caseId, InvolvementKind.CP_PLAN, icpc, null, by, referral);
            plan.setCategoryCode(category);
            plan.setLatestCategoryCode(random.nextInt(6) == 0 ? "MUL" : category);
            LocalDate end = planEnd == null || planEnd.isAfter(today) ? null : planEnd;
            plan.setEndDate(end);
            openWork = "Child protection plan: " + CATEGORY_WORDS.get(category);
            add(plan);
            return end;
        }

        /** A period in care with one to four placement episodes, the first reason S. */
        private Involvement lookedAfter(long person, Long caseId, LocalDate start, LocalDate end, String by,
                                        String firstType, String firstProvider, boolean untilEighteen) {
            Involvement period = simple(person, caseId, InvolvementKind.LOOKED_AFTER, min(start), end, by, null);
            // Chosen from the child's id rather than the random source, so the rest of the demo stays as it was.
            period.setPrimaryNeed(CARE_NEEDS[(int) (person % CARE_NEEDS.length)]);
            add(period);
            em.flush();
            int episodes = 1 + random.nextInt(4);
            LocalDate epStart = period.getStartDate();
            LocalDate last = end == null ? today : end;
            String legal = random.nextBoolean() ? "V2" : "C1";
            if ("A5".equals(firstType)) {
                // Placed for adoption from the start only under a placement order (DfE rule 408).
                legal = "E1";
            }
            String type = firstType;
            String provider = firstProvider;
            String reason = "S";
            for (int i = 0; i < episodes; i++) {
                boolean lastEpisode = i == episodes - 1;
                long remaining = ChronoUnit.DAYS.between(epStart, last);
                boolean finalOne = lastEpisode || remaining < 60;
                LocalDate epEnd = finalOne ? end
                        : epStart.plusDays(14 + random.nextInt((int) Math.max(1, remaining / (episodes - i) - 14)));
                PlacementEpisode e = new PlacementEpisode(period.getId(), person, epStart, by,
                        epStart.atTime(10, 0).toInstant(ZoneOffset.UTC));
                e.setLegalStatus(legal);
                e.setPlacementType(type);
                e.setPlacementProvider(provider);
                e.setReasonNewEpisode(reason);
                e.setPlacementPostcode("HB" + (1 + random.nextInt(9)) + " " + pick(random, POSTCODE_TAILS));
                e.setEndDate(epEnd);
                if (epEnd != null) {
                    String[] endings = untilEighteen ? new String[]{"E17", "E8", "E5", "E6"}
                            : new String[]{"E4A", "E4A", "E41", "E45", "E11", "E13", "E8"};
                    e.setReasonCeased(finalOne ? pick(random, endings) : "X1");
                }
                em.persist(e);
                records++;
                if (finalOne) {
                    break;
                }
                // The next episode: a change of placement, or a care order replacing an interim one.
                if ("C1".equals(legal) && random.nextBoolean()) {
                    legal = "C2";
                    reason = "L";
                } else {
                    String[] next = placement();
                    // Placed for adoption with the current foster carer: the same carer (reason T), after foster care only.
                    boolean sameCarer = "A5".equals(next[0]) && type.matches("U[1-6]");
                    if ("A5".equals(next[0]) && !sameCarer) {
                        next = new String[]{"U4", "PR1"};
                    }
                    provider = sameCarer ? provider : next[1];
                    type = next[0];
                    if (sameCarer) {
                        // A5 is placed for adoption under a placement order (DfE rule 408): the legal status changes too.
                        legal = "E1";
                    }
                    reason = sameCarer ? "B" : "P";
                    e.setReasonPlaceChange(pick(random, new String[]{"CARPL", "PLACE", "CREQB", "CREQO", "CHILD", "LAREQ"}));
                }
                epStart = epEnd;
            }
            return period;
        }

        /** A placement type and provider, mixed as a city's looked-after population is. */
        private String[] placement() {
            int p = random.nextInt(100);
            if (p < 30) {
                return new String[]{random.nextBoolean() ? "U4" : "U6", "PR1"};
            }
            if (p < 52) {
                return new String[]{random.nextBoolean() ? "U4" : "U6", "PR4"};
            }
            if (p < 66) {
                return new String[]{random.nextBoolean() ? "U1" : "U3", "PR1"};
            }
            if (p < 78) {
                return new String[]{"K2", "PR4"};
            }
            if (p < 84) {
                return new String[]{"P1", "PR0"};
            }
            if (p < 90) {
                return new String[]{"K3", "PR4"};
            }
            if (p < 94) {
                return new String[]{"R1", "PR4"};
            }
            return new String[]{"A5", "PR1"};
        }

        private LocalDate close(Involvement referral, LocalDate on, String reason) {
            LocalDate day = min(on.isBefore(referral.getStartDate()) ? referral.getStartDate() : on);
            referral.setEndDate(day);
            referral.setClosureReason(reason);
            return day;
        }

        private Involvement simple(long person, Long caseId, InvolvementKind kind, LocalDate start, LocalDate end,
                                   String by, Involvement referral) {
            Involvement i = record(person, caseId, kind, min(start), by);
            i.setEndDate(end == null || end.isAfter(today) ? null : end);
            if (referral != null && kind.mayHaveReferral()) {
                i.setReferralId(referral.getId());
            }
            return i;
        }

        private Involvement record(long person, Long caseId, InvolvementKind kind, LocalDate start, String by) {
            Involvement i = new Involvement(person, kind, start, by, start.atTime(10, 0).toInstant(ZoneOffset.UTC));
            i.setCaseFileId(caseId);
            return i;
        }

        private void add(Involvement involvement) {
            em.persist(involvement);
            records++;
            if (involvement.getKind() == InvolvementKind.REFERRAL) {
                em.flush(); // what follows the referral names it by id
            }
        }

        private LocalDate min(LocalDate day) {
            return day.isAfter(today) ? today : day;
        }

        private LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
