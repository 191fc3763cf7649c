package org.harbour.core.spi.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The runs core has kept of a return, for a return whose rules compare with what was produced for
 * the period before (the SSDA903's rules on last year's return). Call it from the return's own
 * {@code run}, inside the run core audits, for that return only: asked for another return's runs, or
 * outside a run, it refuses ({@link IllegalStateException}). It never changes a run.
 */
public interface ReturnHistory {

    /** The files of the latest run of the return for the period that ended on the day, if one was kept. */
    Optional<KeptRun> latestRunEndingOn(String returnId, LocalDate periodEnd);

    /** A kept run: its period's label, when it was made, and its files as they were produced. */
    record KeptRun(String periodLabel, Instant runAt, List<ReturnFile> files) {

        public KeptRun {
            files = List.copyOf(files);
        }

        /** The file of that name, if the run has one. */
        public Optional<ReturnFile> file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }
}
