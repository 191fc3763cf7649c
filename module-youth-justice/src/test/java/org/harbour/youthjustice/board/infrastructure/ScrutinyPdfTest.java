package org.harbour.youthjustice.board.infrastructure;

import org.harbour.testing.TaggedPdfCheck;
import org.harbour.youthjustice.board.domain.KpiFigure;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScrutinyPdfTest {

    @Test
    void thePaperIsTaggedWithEachMeasuresFigureAndDefinitionInItsSection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScrutinyPdf.write(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), List.of(
                        new KpiFigure("youth-justice.custody-rate", "Use of custody", "RATE_PER_1000_AGED_10_TO_17", 3, null),
                        new KpiFigure("youth-justice.ete-at-end", "Suitable ETE at the end", "PERCENT", 7, 10L)),
                Map.of("youth-justice.ete-at-end", "Orders ending not NEET"), Instant.parse("2026-01-05T10:00:00Z"), out);
        TaggedPdfCheck.Found pdf = TaggedPdfCheck.check(out.toByteArray(), "H1", "H2", "Table", "TH", "TD");
        assertThat(pdf.title()).isEqualTo("Youth justice: scrutiny update");
        String text = pdf.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Custody and remand", "Use of custody", "3 (rate per 1,000 aged 10-17 on the scorecard)",
                "Education, accommodation and wellbeing", "70.0% (7 of 10)", "Orders ending not NEET", "01/07/2025");
        assertThat(text).doesNotContain("Serious violence");
    }
}
