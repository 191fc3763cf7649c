package org.harbour.performance.slices.domain;

import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the rows behind a figure are sliced by, read once for the month: the children's recorded
 * characteristics, their allocations and their placement episodes, and the names of teams and
 * workers. A row is sliced by the facts on its date when that falls in the month (the team that held
 * the case on the day of the visit), otherwise at month end. Whatever is not recorded (no date of birth, no ethnicity, no allocation that day) is "Unknown".
 */
public final class ChildFacts {

    public static final String UNKNOWN = "Unknown";

    private final Map<Long, PersonRecordRow> persons;
    private final Map<Long, List<AllocationRow>> allocations;
    private final Map<Long, List<EpisodeRow>> episodes;
    private final Map<Long, String> teams;
    private final Map<Long, String> workers;

    public ChildFacts(List<PersonRecordRow> persons, List<AllocationRow> allocations, List<EpisodeRow> episodes,
                      Map<Long, String> teams, Map<Long, String> workers) {
        this.persons = persons.stream().collect(Collectors.toMap(PersonRecordRow::id, p -> p, (a, b) -> a));
        this.allocations = allocations.stream().collect(Collectors.groupingBy(AllocationRow::personId));
        this.episodes = episodes.stream().collect(Collectors.groupingBy(EpisodeRow::personId));
        this.teams = teams;
        this.workers = workers;
    }

    /** The slice a child's row falls in, by the facts on {@code day}. */
    public String valueOf(SliceDimension dimension, long personId, LocalDate day) {
        PersonRecordRow person = persons.get(personId);
        return switch (dimension) {
            case TEAM -> allocation(personId, day).map(a -> teams.getOrDefault(a.serviceAreaId(),
                    "Team " + a.serviceAreaId())).orElse(UNKNOWN);
            case WORKER -> allocation(personId, day).map(a -> workers.getOrDefault(a.workerId(),
                    "Staff number " + a.workerId())).orElse(UNKNOWN);
            case AGE_BAND -> person == null || person.dateOfBirth() == null ? UNKNOWN
                    : ageBand(person.dateOfBirth(), day);
            case SEX -> person == null ? UNKNOWN : sex(person.sex());
            case ETHNICITY -> person == null || blank(person.ethnicity()) ? UNKNOWN
                    : person.ethnicity().trim().toUpperCase(Locale.ROOT);
            case LEGAL_STATUS -> episodes.getOrDefault(personId, List.of()).stream().filter(e -> e.openAt(day))
                    .max(Comparator.comparing(EpisodeRow::start).thenComparingLong(EpisodeRow::id))
                    .map(e -> e.legalStatus() == null ? UNKNOWN : e.legalStatus()).orElse("Not looked after");
            case LOCALITY -> person == null ? UNKNOWN : district(person.postcode());
        };
    }

    /** The date of birth reduced to month and year, or empty when not recorded. */
    public String birthMonth(long personId) {
        PersonRecordRow person = persons.get(personId);
        return person == null || person.dateOfBirth() == null ? "" : person.dateOfBirth().toString().substring(0, 7);
    }

    /** The allocation held at the end of the day; of two, the one started last (then the higher worker id). */
    Optional<AllocationRow> allocation(long personId, LocalDate day) {
        return allocations.getOrDefault(personId, List.of()).stream().filter(a -> a.heldAt(day))
                .max(Comparator.comparing(AllocationRow::start).thenComparingLong(AllocationRow::workerId));
    }

    /** The DfE's published age bands, at the given day. */
    static String ageBand(LocalDate born, LocalDate day) {
        if (day.isBefore(born)) {
            return "Unborn";
        }
        int age = Period.between(born, day).getYears();
        if (age < 1) {
            return "Under 1";
        }
        if (age <= 4) {
            return "1 to 4";
        }
        if (age <= 9) {
            return "5 to 9";
        }
        if (age <= 15) {
            return "10 to 15";
        }
        return age <= 17 ? "16 and 17" : "18 and over";
    }

    static String sex(String code) {
        if (blank(code)) {
            return UNKNOWN;
        }
        return switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "M", "1" -> "Male";
            case "F", "2" -> "Female";
            default -> "Not known or indeterminate (" + code.trim() + ")";
        };
    }

    /** The outward code of a postcode ("LS1" of "LS1 4AP"); Unknown when there is none. */
    static String district(String postcode) {
        if (blank(postcode)) {
            return UNKNOWN;
        }
        String compact = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : UNKNOWN;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
