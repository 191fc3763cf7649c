package org.harbour.core.spi.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module's demo seeder needs from core to make a service look real: people on the person
 * index known to a service area, family links between them, core case files allocated to a worker
 * (so the child is on the worker's caseload and within their reach) and extra demo staff. For
 * {@link DemoDataSeeder#seed} only: it runs as the system, checks nothing and audits nothing,
 * because it writes demo data into an empty database.
 */
public interface DemoPeople {

    /**
     * A child with a name, sex, ethnicity (DfE code) and NHS test number drawn from core's demo
     * mix, aged from {@code minAge} up to {@code maxAge} on the context's today, known to the area.
     */
    long newChild(DemoContext context, int minAge, int maxAge, String areaCode);

    /** A child born on the day given, otherwise as {@link #newChild}. */
    long newChildBorn(DemoContext context, LocalDate dateOfBirth, String areaCode);

    /** An adult of the sex given ({@code F}, {@code M}), born on the day given, known to the area. */
    long newAdult(DemoContext context, String givenName, String familyName, LocalDate dateOfBirth, String sex,
                  String ethnicity, String areaCode);

    /**
     * Records the person's unique pupil number (13 characters with the DfE check letter) on the
     * index, for modules whose statutory returns carry it; an invalid number is refused.
     */
    void recordUpn(long personId, String upn);

    /** Makes the person known to one more service area (within the reach of its staff). */
    void makeKnownTo(long personId, String areaCode);

    /**
     * Records {@code fromId} as the {@code relationship} of {@code toId}: {@code MOTHER}, {@code FATHER},
     * {@code PARENT}, {@code SIBLING}, {@code CARER}... (core's relationship types), since the day given.
     */
    void relate(long fromId, long toId, String relationship, LocalDate since);

    /** Opens a core case file for the person, allocated to the worker in the area from the day given; its id. */
    long openCase(long personId, LocalDate openedOn, String summary, String workerUsername, String areaCode);

    /** A member of staff with the demo password, holding the roles (see {@code Roles}) in the area. */
    void staffMember(String username, String fullName, String jobTitle, List<String> roleCodes, String areaCode);
}
