package org.harbour.core.audit.infrastructure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.harbour.core.audit.application.AuditLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void commasQuotesAndNewlinesSurviveARoundTrip() throws IOException {
        String detail = "Reason: \"urgent\", see note\nsecond line";
        List<CSVRecord> records = roundTrip(line("priya.shah", "10.0.0.1, 10.0.0.2", detail));
        assertThat(records).hasSize(1);
        CSVRecord r = records.get(0);
        assertThat(r.get("id")).isEqualTo("7");
        assertThat(r.get("occurred_at_utc")).isEqualTo("2026-03-01T10:15:02.123Z");
        assertThat(r.get("user")).isEqualTo("priya.shah");
        assertThat(r.get("source_address")).isEqualTo("10.0.0.1, 10.0.0.2");
        assertThat(r.get("detail")).isEqualTo(detail);
    }

    @Test
    void theRawTextQuotesWhatNeedsQuoting() {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.write(line("a,b", null, "say \"hi\""));
        csv.flush();
        assertThat(out.toString()).startsWith("id,occurred_at_utc,user,action,record_type,record_id,outcome,source_address,detail\r\n")
                .contains("\"a,b\"").contains("\"say \"\"hi\"\"\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void formulaLeadingCellsAreDefusedAsText(String dangerous) throws IOException {
        CSVRecord r = roundTrip(line(dangerous, dangerous, dangerous)).get(0);
        assertThat(r.get("user")).isEqualTo("'" + dangerous);
        assertThat(r.get("source_address")).isEqualTo("'" + dangerous);
        assertThat(r.get("detail")).isEqualTo("'" + dangerous);
    }

    @Test
    void ordinaryAndEmptyCellsAreLeftAlone() {
        assertThat(AuditCsv.defuse("priya.shah")).isEqualTo("priya.shah");
        assertThat(AuditCsv.defuse("a=b")).isEqualTo("a=b");
        assertThat(AuditCsv.defuse("")).isEmpty();
        assertThat(AuditCsv.defuse(null)).isNull();
    }

    private static AuditLine line(String actor, String address, String detail) {
        return new AuditLine(7, Instant.parse("2026-03-01T10:15:02.123Z"), actor, "PERSON_VIEW", "person", "42",
                "SUCCESS", address, detail);
    }

    private static List<CSVRecord> roundTrip(AuditLine line) throws IOException {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.write(line);
        csv.flush();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }
}
