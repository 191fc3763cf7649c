package org.harbour.core.returns.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.returns.application.ReturnRunScope;
import org.harbour.core.returns.domain.ReturnRunFile;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a return the files of its own earlier run, byte for byte as they were kept; only while that
 * return is being produced ({@link ReturnRunScope}), never another's.
 */
@ApplicationScoped
public class KeptReturnRuns implements ReturnHistory {

    @Inject
    private ReturnRunRepository runs;

    @Override
    public Optional<KeptRun> latestRunEndingOn(String returnId, LocalDate periodEnd) {
        if (!ReturnRunScope.isRunning(returnId)) {
            throw new IllegalStateException("The kept runs of " + returnId + " are read only from inside its own run");
        }
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
