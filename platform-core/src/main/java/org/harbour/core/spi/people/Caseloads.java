package org.harbour.core.spi.people;

import java.time.LocalDate;
import java.util.List;

/** The signed-in worker's own caseload, for a module that starts work from it. */
public interface Caseloads {

    List<CaseloadChild> mine(LocalDate on);
}
