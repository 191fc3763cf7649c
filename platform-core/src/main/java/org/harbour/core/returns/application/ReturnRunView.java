package org.harbour.core.returns.application;

import org.harbour.core.returns.domain.ReturnRun;
import org.harbour.core.returns.domain.ReturnRunFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A run as the API shows it: who ran which return for which period, when, what it found, and its files. */
public record ReturnRunView(long id, String returnId, String moduleId, String period, LocalDate periodStart,
                            LocalDate periodEnd, LocalDate censusDate, String runBy, Instant runAt, int errors,
                            int warnings, List<File> files) {

    /** One file of the run, with the SHA-256 and size of the bytes it downloads as. */
    public record File(long id, String name, String mediaType, long size, String sha256) {
    }

    static ReturnRunView of(ReturnRun run, List<ReturnRunFile> files) {
        return new ReturnRunView(run.getId(), run.getReturnId(), run.getModuleId(), run.getPeriodLabel(),
                run.getPeriodStart(), run.getPeriodEnd(), run.getCensusDate(), run.getRunBy(), run.getRunAt(),
                run.getErrorCount(), run.getWarningCount(), files.stream()
                .map(f -> new File(f.getId(), f.getFileName(), f.getMediaType(), f.getSizeBytes(), f.getSha256()))
                .toList());
    }
}
