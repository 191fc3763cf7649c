package org.harbour.core.spi.module;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkItemKindTest {

    @Test
    void theKindIsTheTitlesWordsBeforeDueOrItsBracket() {
        assertEquals("CP visit", WorkItem.kindOf("CP visit due (every 10 working days)"));
        assertEquals("Case supervision", WorkItem.kindOf("Case supervision due (every 4 weeks)"));
        assertEquals("Looked-after review", WorkItem.kindOf("Looked-after review due (first: 20 working days from becoming looked after)"));
        assertEquals("Decide whether to assess", WorkItem.kindOf("Decide whether to assess (6 weeks)"));
        assertEquals("Pause", WorkItem.kindOf("Pause: session with the woman"));
        assertEquals("Pre-sentence report for the court", WorkItem.kindOf("Pre-sentence report for the court"));
    }

    @Test
    void aSourceMayNameTheKindItself() {
        WorkItem item = new WorkItem("core", 1, "Returned for changes: Single assessment (add the father's view)",
                LocalDate.of(2026, 12, 1), false, null).withKind("Returned for changes");
        assertEquals("Returned for changes", item.getKind());
        assertEquals("Returned for changes: Single assessment (add the father's view)", item.getTitle());
    }
}
