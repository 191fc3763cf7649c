package org.harbour.pause.programme.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exported cells are quoted and never taken for a formula by a spreadsheet. */
class CohortExportTest {

    @Test
    void cellsAreQuotedAndFormulaeDisarmed() {
        assertEquals("\"Jade Briggs\"", CohortExport.cell("Jade Briggs"));
        assertEquals("\"'=HYPERLINK(1)\"", CohortExport.cell("=HYPERLINK(1)"));
        assertEquals("\"say \"\"hi\"\"\"", CohortExport.cell("say \"hi\""));
        assertEquals("\"\"", CohortExport.cell(null));
    }
}
