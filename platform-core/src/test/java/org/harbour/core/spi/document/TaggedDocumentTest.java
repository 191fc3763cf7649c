package org.harbour.core.spi.document;

import org.harbour.testing.TaggedPdfCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggedDocumentTest {

    @Test
    void writesATaggedPdfWithHeadingsTablesLanguageAndTitle() throws Exception {
        byte[] pdf = TaggedDocument.titled("Panel papers & decisions", TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, "Panel papers")
                .paragraph("Children's cases <to be> decided")
                .heading(2, "Jack Hall")
                .labelled("Decision", "Eligible")
                .list(List.of("Needs", "Packages"))
                .table("Packages", List.of("Package", "Weekly cost"), List.of(List.of("Home care", "£120.00"), List.of("Respite")))
                .toPdf();

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(pdf, "H1", "H2", "P", "Table", "TR", "TH", "TD", "L");

        assertEquals("Panel papers & decisions", found.title());
        assertEquals("en-GB", found.language());
        assertTrue(found.text().contains("Children's cases <to be> decided"), found.text());
        assertTrue(found.text().contains("£120.00"), found.text());
    }

    @Test
    void keepsAWideTableOnLandscapePagesWithItsHeaderRepeated() throws Exception {
        TaggedDocument document = TaggedDocument.titled("Scorecard", TaggedDocument.Page.A3_LANDSCAPE).heading(1, "Scorecard");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("Indicator " + i, "1", "2"));
        }
        document.table("Many rows", List.of("Indicator", "Jan", "Feb"), rows);

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(document.toPdf(), "H1", "Table", "TH");

        assertTrue(found.pages() > 1, "200 rows need more than one page");
        assertTrue(found.text().contains("Indicator 199"));
    }

    @Test
    void refusesAnUntaggedPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        AssertionError error = assertThrows(AssertionError.class, () -> TaggedPdfCheck.check(out.toByteArray()));
        assertTrue(error.getMessage().contains("MarkInfo"), error.getMessage());
        assertTrue(error.getMessage().contains("StructTreeRoot"), error.getMessage());
    }

    @Test
    void escapesMarkupAndDropsControlCharacters() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", TaggedDocument.escape("a <b> & \"c\" 'd'\u0001"));
        assertFalse(TaggedDocument.escape(null).contains("null"));
        assertThrows(IllegalArgumentException.class, () -> TaggedDocument.titled("t", TaggedDocument.Page.A4_PORTRAIT).heading(7, "x"));
    }
}
