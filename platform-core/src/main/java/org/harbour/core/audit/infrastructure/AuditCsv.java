package org.harbour.core.audit.infrastructure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harbour.core.audit.application.AuditLine;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes audit lines as RFC 4180 CSV, one line at a time onto the caller's writer. Cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe.
 */
public final class AuditCsv implements Flushable {

    public static final String[] HEADER = {"id", "occurred_at_utc", "user", "action", "record_type", "record_id",
            "outcome", "source_address", "detail"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final CSVPrinter printer;

    public AuditCsv(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(AuditLine line) {
        try {
            printer.printRecord(line.getId(), line.getOccurredAt().toString(), defuse(line.getActor()),
                    defuse(line.getAction()), defuse(line.getRecordType()), defuse(line.getRecordId()),
                    defuse(line.getOutcome()), defuse(line.getSourceAddress()), defuse(line.getDetail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ (or a tab or carriage return) is text, not a formula. */
    public static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
