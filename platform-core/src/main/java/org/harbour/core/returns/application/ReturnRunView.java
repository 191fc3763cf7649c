package org.harbour.core.returns.application;

import org.harbour.core.returns.domain.ReturnRun;
import org.harbour.core.returns.domain.ReturnRunFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A run as the API shows it: who ran which return for which period, when, what it found, and its files. */
public record ReturnRunView(long id, String returnId, String moduleId, String period, LocalDate periodStart,
                            LocalDate periodEnd, LocalDate censusDate, String runBy, Instant runAt, int errors,
                            int warnings, List<File> files, List<Comparison> comparison) {

    /** One file of the run, with the SHA-256 and size of the bytes it downloads as. */
    public record File(long id, String name, String mediaType, long size, String sha256) {
    }

    /**
     * A headline count of the run beside the same count in the latest run for the previous period
     * ({@code previousPeriod} and {@code previous} null when there is none).
     */
    public record Comparison(String name, long value, String previousPeriod, Long previous) {

        /** The change from the previous period as words, e.g. "+12 (+8%)", or empty. */
        public String change() {
            if (previous == null) {
                return "";
            }
            long delta = value - previous;
            String sign = delta > 0 ? "+" : "";
            return previous == 0 ? sign + delta : sign + delta + " (" + sign + Math.round(100.0 * delta / previous) + "%)";
        }
    }

    static ReturnRunView of(ReturnRun run, List<ReturnRunFile> files) {
        return of(run, files, List.of());
    }

    static ReturnRunView of(ReturnRun run, List<ReturnRunFile> files, List<Comparison> comparison) {
        return new ReturnRunView(run.getId(), run.getReturnId(), run.getModuleId(), run.getPeriodLabel(),
                run.getPeriodStart(), run.getPeriodEnd(), run.getCensusDate(), run.getRunBy(), run.getRunAt(),
                run.getErrorCount(), run.getWarningCount(), files.stream()
                .map(f -> new File(f.getId(), f.getFileName(), f.getMediaType(), f.getSizeBytes(), f.getSha256()))
                .toList(), comparison);
    }
}
