package org.harbour.core.spi.demo;

import java.time.LocalDate;

/**
 * Past court proceedings for demo children, so that modules working with families whose
 * children were removed (Pause) find histories to work from: one looked-after period from the
 * care order ({@code C2}), a placement order ({@code E1}) from the day given, and an adoption
 * ({@code E11} or {@code E12}) ending the period. For {@link DemoDataSeeder#seed} only, like
 * {@link DemoPeople}: it runs as the system, checks nothing, audits nothing and fires no events.
 */
public interface DemoCareHistories {

    /**
     * A period in foster care under a full care order from {@code careOrderOn}; then, when not null,
     * a placement order from {@code placementOrderOn} (with prospective adopters), and an adoption
     * order on {@code adoptedOn} ending the period with {@code adoptionReason} ({@code E11} or
     * {@code E12}). Dates must follow each other; the period's id comes back.
     */
    long removal(long childId, LocalDate careOrderOn, LocalDate placementOrderOn, LocalDate adoptedOn, String adoptionReason);
}
