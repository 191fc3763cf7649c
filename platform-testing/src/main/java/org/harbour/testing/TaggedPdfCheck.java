package org.harbour.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opens an exported PDF and checks that it is tagged as PDF/UA asks: marked as tagged, a structure
 * tree with the expected kinds of element (headings, tables), language en-GB, a title that viewers
 * show instead of the file name, and every font embedded. Fails with what is missing.
 */
public final class TaggedPdfCheck {

    /** What was found in the PDF, for further assertions. */
    public record Found(String title, String language, Set<String> structureTypes, String text, int pages) {
    }

    private TaggedPdfCheck() {
    }

    /** Checks the PDF and answers what it holds; {@code structureTypes} must all be in the structure tree. */
    public static Found check(byte[] pdf, String... structureTypes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            List<String> problems = new ArrayList<>();
            if (catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
                problems.add("MarkInfo /Marked is not true");
            }
            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            Set<String> types = new TreeSet<>();
            if (root == null) {
                problems.add("no StructTreeRoot");
            } else {
                collect(root, types);
            }
            for (String wanted : structureTypes) {
                if (!types.contains(wanted)) {
                    problems.add("no " + wanted + " element in the structure tree " + types);
                }
            }
            if (!"en-GB".equals(catalog.getLanguage())) {
                problems.add("document language is " + catalog.getLanguage() + ", not en-GB");
            }
            String title = document.getDocumentInformation().getTitle();
            if (title == null || title.isBlank()) {
                problems.add("no title in the document information");
            }
            if (catalog.getViewerPreferences() == null || !catalog.getViewerPreferences().displayDocTitle()) {
                problems.add("viewer preference DisplayDocTitle is not true");
            }
            for (PDPage page : document.getPages()) {
                if (page.getResources() == null) {
                    continue;
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        problems.add("font " + font.getName() + " is not embedded");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new AssertionError("The PDF is not tagged as PDF/UA asks: " + String.join("; ", problems));
            }
            return new Found(title, catalog.getLanguage(), types, new PDFTextStripper().getText(document),
                    document.getNumberOfPages());
        }
    }

    private static void collect(PDStructureNode node, Set<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
