package org.harbour.pause.costs.infrastructure;

import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.CostInputs;
import org.harbour.pause.costs.domain.ProgrammeActuals;
import org.harbour.testing.TaggedPdfCheck;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardPdfTest {

    @Test
    void theBoardPaperIsATaggedPdfWithItsEstimateAndActuals() throws Exception {
        CostInputs inputs = CostInputs.cityDefaults();
        ProgrammeActuals actuals = new ProgrammeActuals(4, new ProgrammeActuals.Period(730, 1, 0),
                new ProgrammeActuals.Period(730, 3, 2), 1, LocalDate.of(2026, 11, 30));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BoardPdf.write("City <2026>", inputs, CostEstimate.of(inputs), actuals, Instant.parse("2026-12-01T10:15:00Z"), out);

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(out.toByteArray(), "H1", "H2", "P", "Table", "TH", "TD");
        String text = found.text().replaceAll("\\s+", " ");
        assertEquals("Pause: cost avoidance for the board", found.title());
        assertTrue(text.contains("Scenario: City <2026>. Produced 01/12/2026 10:15."), text);
        assertTrue(text.contains("Women in the local programme"), text);
        assertTrue(text.contains("What actually happened, to 30/11/2026"), text);
        assertTrue(text.contains("Children removed"), text);
    }
}
