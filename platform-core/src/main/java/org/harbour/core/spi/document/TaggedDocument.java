package org.harbour.core.spi.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to export as a tagged PDF (PDF/UA): title, headings, paragraphs and tables in reading
 * order, written with a structure tree (H1-H6, P, Table/TR/TH/TD, Caption), the document language
 * en-GB, the title shown by viewers in place of the file name, and an embedded font. Every module's
 * PDF export is built with it, so that screen readers can read them and none writes its own tags.
 *
 * <pre>
 * TaggedDocument.titled("Monthly scorecard", TaggedDocument.Page.A3_LANDSCAPE)
 *         .heading(1, "Monthly scorecard")
 *         .table("Safety", List.of("Indicator", "Target"), rows)
 *         .writePdf(out);
 * </pre>
 *
 * Text is escaped here; callers pass plain words, never markup. Table rows may be shorter than the
 * headers (missing cells are left empty); the first cell of each row is its row header.
 */
public final class TaggedDocument {

    /** Page size and orientation. */
    public enum Page {
        A4_PORTRAIT("A4"), A4_LANDSCAPE("A4 landscape"), A3_LANDSCAPE("A3 landscape");

        private final String css;

        Page(String css) {
            this.css = css;
        }
    }

    /** The language every Harbour document is written in. */
    public static final String LANGUAGE = "en-GB";

    private static final String FONT = "Liberation Sans";
    /** The Liberation Sans font PDFBox ships (SIL Open Font Licence): PDF/UA needs every font embedded. */
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final String title;
    private final Page page;
    private final List<String> blocks = new ArrayList<>();

    private TaggedDocument(String title, Page page) {
        this.title = Objects.requireNonNull(title, "title");
        this.page = Objects.requireNonNull(page, "page");
    }

    /** A document with this title (shown by viewers and kept in its metadata). */
    public static TaggedDocument titled(String title, Page page) {
        return new TaggedDocument(title, page);
    }

    public String title() {
        return title;
    }

    /** A heading of level 1 to 6; headings should not skip a level. */
    public TaggedDocument heading(int level, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Heading level 1 to 6, not " + level);
        }
        blocks.add("<h" + level + ">" + escape(text) + "</h" + level + ">");
        return this;
    }

    public TaggedDocument paragraph(String text) {
        blocks.add("<p>" + escape(text) + "</p>");
        return this;
    }

    /** A paragraph that starts with a label in bold, e.g. "Decision: " followed by the text. */
    public TaggedDocument labelled(String label, String text) {
        blocks.add("<p><strong>" + escape(label) + ":</strong> " + escape(text) + "</p>");
        return this;
    }

    /** A bulleted list, one item per entry. */
    public TaggedDocument list(List<String> items) {
        StringBuilder html = new StringBuilder("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        blocks.add(html.append("</ul>").toString());
        return this;
    }

    /**
     * A table with a caption, column headers (repeated on each page) and rows whose first cell is
     * the row's header. The columns numbered in {@code numericColumns} (from 0) are right-aligned.
     */
    public TaggedDocument table(String caption, List<String> headers, List<List<String>> rows, int... numericColumns) {
        java.util.Set<Integer> numeric = new java.util.HashSet<>();
        for (int column : numericColumns) {
            numeric.add(column);
        }
        StringBuilder html = new StringBuilder("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            html.append(numeric.contains(i) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(escape(headers.get(i))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < headers.size(); i++) {
                String cell = i < row.size() ? escape(row.get(i)) : "";
                html.append(i == 0 ? "<th scope=\"row\">" + cell + "</th>"
                        : numeric.contains(i) ? "<td class=\"num\">" + cell + "</td>" : "<td>" + cell + "</td>");
            }
            html.append("</tr>");
        }
        blocks.add(html.append("</tbody></table>").toString());
        return this;
    }

    /** Starts the next block on a new page. */
    public TaggedDocument pageBreak() {
        blocks.add("<div class=\"page-break\"></div>");
        return this;
    }

    /** The document as (X)HTML, as it is laid out into the PDF. */
    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + LANGUAGE + "\" xml:lang=\"" + LANGUAGE
                + "\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title)).append("</title><meta name=\"subject\" content=\"")
                .append(escape(title)).append("\"/><meta name=\"author\" content=\"Harbour\"/><style>")
                .append("@page { size: ").append(page.css).append("; margin: 12mm; }")
                .append("body { font-family: '").append(FONT).append("'; font-size: 9pt; color: #0b0c0c; }")
                .append("h1 { font-size: 16pt; margin: 0 0 6pt 0; } h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }")
                .append("h3 { font-size: 11pt; margin: 10pt 0 4pt 0; } h4, h5, h6 { font-size: 10pt; }")
                .append("p { margin: 0 0 5pt 0; } ul { margin: 0 0 5pt 0; }")
                .append("table { width: 100%; border-collapse: collapse; margin: 0 0 8pt 0; -fs-table-paginate: paginate; }")
                .append("caption { text-align: left; font-size: 8pt; padding: 0 0 2pt 0; }")
                .append("th, td { border: 0.5pt solid #505a5f; padding: 2pt 3pt; text-align: left; vertical-align: top; }")
                .append("thead th { background: #f3f2f1; } tr { page-break-inside: avoid; }")
                .append(".num { text-align: right; } .page-break { page-break-after: always; }")
                .append("</style></head><body>");
        blocks.forEach(html::append);
        return html.append("</body></html>").toString();
    }

    /** Writes the tagged PDF. */
    public void writePdf(OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Harbour");
        builder.useFont(TaggedDocument::font, FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        // One face only: bold text uses it too, so that no font is left out of the file.
        builder.useFont(TaggedDocument::font, FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html(), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("Cannot write the PDF '" + title + "': " + e.getMessage(), e);
        }
    }

    /** The tagged PDF as bytes. */
    public byte[] toPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePdf(out);
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The embedded font " + FONT_RESOURCE + " is missing from PDFBox");
        }
        return in;
    }

    /** Escapes text for XHTML and drops the control characters XML cannot hold. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
