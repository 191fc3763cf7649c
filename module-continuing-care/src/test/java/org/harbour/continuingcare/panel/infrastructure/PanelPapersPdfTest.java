package org.harbour.continuingcare.panel.infrastructure;

import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Meeting;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.testing.TaggedPdfCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PanelPapersPdfTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final PanelPapersPdf pdf = new PanelPapersPdf();
    private final AgendaItem item = new AgendaItem(new Meeting(new Panel("Continuing care panel",
            PanelFunction.FUNDING_DECISION, "Decides funding", 3, "raj.patel", AT), LocalDate.of(2026, 11, 12), "raj.patel", AT),
            7L, 42L, "raj.patel", AT);

    @Test
    void thePanelPaperIsATaggedPdfWithItsCostsTable() throws Exception {
        Referral referral = new Referral(42L, LocalDate.of(2026, 10, 1), "Complex health needs", "helen.ward", AT);

        byte[] paper = pdf.paper(item, referral, "Jack Hall", null, null, false, null);

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(paper, "H1", "H2", "P", "Table", "TH", "TD");
        String text = found.text().replaceAll("\\s+", " ");
        assertEquals("Continuing care panel: panel paper", found.title());
        assertTrue(text.contains("Child: Jack Hall"), text);
        assertTrue(text.contains("Meeting: 12 November 2026"), text);
        assertTrue(text.contains("Current package None"), text);
        assertTrue(text.contains("shown only to panel members with access to health data"), text);
    }

    @Test
    void theFamilysLetterIsATaggedPdf() throws Exception {
        item.decide(Outcome.DEFERRED, "More evidence needed", "Ask the GP for a report", LocalDate.of(2026, 12, 10),
                "raj.patel", LocalDate.of(2026, 11, 12));

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(pdf.letter(item, "Jack Hall"), "H1", "H2", "P");
        String text = found.text().replaceAll("\\s+", " ");
        assertEquals("Children's continuing care: the panel's decision", found.title());
        assertTrue(text.contains("Dear parent or carer of Jack Hall,"), text);
        assertTrue(text.contains("by 10 December 2026. Before then: Ask the GP for a report"), text);
    }
}
