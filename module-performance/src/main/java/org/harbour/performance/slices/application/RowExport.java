package org.harbour.performance.slices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.slices.domain.ChildFacts;
import org.harbour.performance.slices.domain.Pseudonyms;
import org.harbour.performance.slices.domain.SliceDimension;
import org.harbour.performance.slices.domain.Slicer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * The rows behind an indicator's figure for a month as a pseudonymised CSV for analysts: the child's
 * id replaced by a stable keyed pseudonym ({@link Pseudonyms}, key {@value #KEY} from configuration),
 * the date of birth reduced to month and year, no names, with the facts the figure can be sliced by.
 * Needs {@code performance:export}; a refusal is audited, and so is every export (the rows and
 * children it holds). Refused, not guessed, when the deployment has no key.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class RowExport {

    public static final String ACTION = "SCORECARD_ROW_EXPORT";
    /** The configuration property (or HARBOUR_PERFORMANCE_PSEUDONYM_KEY) holding the pseudonymisation key. */
    public static final String KEY = "harbour.performance.pseudonym-key";

    static final String[] HEADER = {"indicator", "month", "row", "child_pseudonym", "birth_month", "age_band", "sex",
        "ethnicity", "legal_status", "team", "locality", "what", "date", "due", "outcome", "numerator",
        "in_denominator"};

    @Inject
    private RowReader reader;

    @Inject
    private PerformanceAccess access;

    @Inject
    private AccessGuard records;

    @Inject
    private Audit audit;

    /** Checks the permission and the key before anything is written, so a refusal sends no partial file. */
    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public void export(String indicatorId, YearMonth month, Writer out) {
        records.requirePermission(PerformanceAccess.EXPORT, ACTION, "performance-indicator", indicatorId + ":" + month);
        Pseudonyms pseudonyms = pseudonyms(indicatorId + ":" + month);
        MonthRows rows = reader.read(indicatorId, month);
        ChildFacts facts = rows.facts();
        Set<Long> children = new HashSet<>();
        int written = 0;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Item item : rows.tally().items()) {
                written++;
                Long child = item.personId();
                LocalDate at = Slicer.asAt(item, month);
                if (child != null) {
                    children.add(child);
                }
                csv.printRecord(indicatorId, month, written, child == null ? "" : pseudonyms.of(child),
                        child == null ? "" : facts.birthMonth(child),
                        fact(facts, SliceDimension.AGE_BAND, child, at), fact(facts, SliceDimension.SEX, child, at),
                        fact(facts, SliceDimension.ETHNICITY, child, at),
                        fact(facts, SliceDimension.LEGAL_STATUS, child, at), fact(facts, SliceDimension.TEAM, child, at),
                        fact(facts, SliceDimension.LOCALITY, child, at), item.what(), date(item.date()),
                        date(item.due()), item.outcome(), item.numerator(), item.inDenominator() ? 1 : 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.success(ACTION, "performance-indicator", indicatorId + ":" + month, written
                + " row(s) exported pseudonymised for " + children.size() + " child(ren): no names, birth month only");
    }

    /** Whether the user may export rows (to offer the link). */
    public boolean permitted() {
        return access.has(PerformanceAccess.EXPORT);
    }

    private Pseudonyms pseudonyms(String record) {
        String key = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("");
        if (key.strip().length() < Pseudonyms.MINIMUM_KEY_LENGTH) {
            audit.denied(ACTION, "performance-indicator", record, "No pseudonymisation key configured");
            throw new ActionRefusedException("Row-level export is not set up: the deployment has no pseudonymisation "
                    + "key (" + KEY + ", at least " + Pseudonyms.MINIMUM_KEY_LENGTH + " characters). Ask an administrator.");
        }
        return new Pseudonyms(key);
    }

    private static String fact(ChildFacts facts, SliceDimension dimension, Long child, LocalDate at) {
        return child == null ? "" : facts.valueOf(dimension, child, at);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
