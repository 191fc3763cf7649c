package org.harbour.core.returns.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.returns.domain.ReturnRunFile;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gives a return the files of its own earlier run, byte for byte as they were kept. */
@ApplicationScoped
public class KeptReturnRuns implements ReturnHistory {

    @Inject
    private ReturnRunRepository runs;

    @Override
    public Optional<KeptRun> latestRunEndingOn(String returnId, LocalDate periodEnd) {
        return runs.latestEndingOn(returnId, periodEnd).map(run -> {
            List<ReturnFile> files = new ArrayList<>();
            for (ReturnRunFile f : runs.filesOf(run.getId())) {
                runs.contentOf(f.getId()).ifPresent(bytes ->
                        files.add(new ReturnFile(f.getFileName(), f.getMediaType(), bytes)));
            }
            return new KeptRun(run.getPeriodLabel(), run.getRunAt(), files);
        });
    }
}
