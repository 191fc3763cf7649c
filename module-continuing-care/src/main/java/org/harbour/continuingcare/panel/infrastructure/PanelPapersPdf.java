package org.harbour.continuingcare.panel.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.continuingcare.assessment.application.AssessmentView;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.referral.domain.Referral;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the panel paper and the family's letter as PDF (OpenPDF). Nothing is checked or looked
 * up here: the panel's papers service gathers what the reader may see and audits the read.
 */
@ApplicationScoped
public class PanelPapersPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    /**
     * The paper of one agenda item: the referral, the costs of the current and the proposed
     * package with the proposed split, and the assessment when the reader may see health data.
     */
    public byte[] paper(AgendaItem item, Referral referral, String childName, PackageView current, PackageView proposed,
                        boolean healthData, AssessmentView assessment) {
        return render(doc -> {
            doc.add(new Paragraph(item.getMeeting().getPanel().getName() + ": panel paper", TITLE));
            line(doc, "Meeting", DAY.format(item.getMeeting().getMeetsOn()));
            line(doc, "Question", item.getQuestion().getLabel());
            line(doc, "Child", childName);
            line(doc, "Referred", DAY.format(referral.getReferredOn()) + " by " + referral.getReferrer());
            line(doc, "Reason for referral", referral.getReason());
            doc.add(new Paragraph("Costs", HEADING));
            PdfPTable costs = new PdfPTable(new float[]{2.2f, 3f, 1.6f, 1.8f});
            costs.setWidthPercentage(100);
            costs.setSpacingBefore(4);
            header(costs, "Package", "Provider and type", "Weekly cost", "Annual cost");
            costRow(costs, "Current package", current);
            costRow(costs, "Proposed package", proposed);
            doc.add(costs);
            if (proposed != null && proposed.isClinicalReviewRequired()) {
                doc.add(new Paragraph("The proposed annual cost is above the clinical review threshold: a clinical review is required.", BOLD));
            }
            doc.add(new Paragraph("Proposed funding split", HEADING));
            PackageView.SplitView split = proposed == null ? null : proposed.getLatestSplit();
            if (split == null) {
                doc.add(new Paragraph("No funding split has been proposed yet.", BODY));
            } else {
                PdfPTable funders = new PdfPTable(new float[]{3f, 1.3f, 1.8f, 1.8f});
                funders.setWidthPercentage(100);
                funders.setSpacingBefore(4);
                header(funders, "Funder (from " + DAY.format(split.getEffectiveFrom()) + ")", "Share", "Weekly", "Annual");
                funderRow(funders, "Health (ICB)", split.getHealth(), proposed);
                funderRow(funders, "Social care", split.getSocialCare(), proposed);
                funderRow(funders, "Education", split.getEducation(), proposed);
                doc.add(funders);
            }
            if (healthData) {
                if (assessment != null) {
                    doc.add(new Paragraph("Assessment (Decision Support Tool)", HEADING));
                    PdfPTable domains = new PdfPTable(new float[]{3f, 1.6f, 4f});
                    domains.setWidthPercentage(100);
                    header(domains, "Care domain", "Level", "Evidence");
                    for (AssessmentView.LevelView level : assessment.getLevels()) {
                        cell(domains, level.getDomainLabel());
                        cell(domains, level.getLevelLabel());
                        cell(domains, level.getEvidence() == null ? "" : level.getEvidence());
                    }
                    doc.add(domains);
                    line(doc, "Preferences of the child and family", assessment.getPreferences());
                    line(doc, "Multidisciplinary reports", assessment.getMdtReports());
                    line(doc, "Assessor's recommendation",
                            assessment.getRecommendation() == null ? "None yet" : assessment.getRecommendationLabel());
                }
            } else {
                doc.add(new Paragraph("The clinical summary is shown only to panel members with access to health data.", BODY));
            }
        });
    }

    /** The letter telling the family of a decision recorded on the item. */
    public byte[] letter(AgendaItem item, String child) {
        return render(doc -> {
            doc.add(new Paragraph("Children's continuing care: the panel's decision", TITLE));
            doc.add(new Paragraph(DAY.format(item.getDecidedOn()), BODY));
            doc.add(new Paragraph(" ", BODY));
            doc.add(new Paragraph("Dear parent or carer of " + child + ",", BODY));
            doc.add(new Paragraph("The " + item.getMeeting().getPanel().getName() + " met on "
                    + DAY.format(item.getMeeting().getMeetsOn()) + " to decide on the referral for continuing care.", BODY));
            doc.add(new Paragraph("Decision: " + item.getOutcome().getLabel(), HEADING));
            doc.add(new Paragraph("Reasons: " + item.getReasons(), BODY));
            if (item.getOutcome() == Outcome.NOT_ELIGIBLE) {
                doc.add(new Paragraph("Your child's needs will be supported through the complex-care pathway for children who are "
                        + "not eligible for continuing care; the team will contact you about it.", BODY));
            } else if (item.getOutcome() == Outcome.DEFERRED) {
                doc.add(new Paragraph("The panel will consider the case again by " + DAY.format(item.getDeferredUntil())
                        + ". Before then: " + item.getActions(), BODY));
            } else {
                doc.add(new Paragraph("The care package will be agreed with you and reviewed three months after it starts, "
                        + "then at least once a year.", BODY));
            }
            doc.add(new Paragraph("If you disagree with the decision you may ask for it to be reconsidered within 28 days.", BODY));
        });
    }

    private interface Content {
        void write(Document doc) throws DocumentException;
    }

    private static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.open();
        try {
            content.write(doc);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void line(Document doc, String label, String value) throws DocumentException {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", BOLD));
        p.add(new Phrase(value == null ? "" : value, BODY));
        doc.add(p);
    }

    private static void header(PdfPTable table, String... titles) {
        for (String t : titles) {
            table.addCell(new PdfPCell(new Phrase(t, BOLD)));
        }
    }

    private static void cell(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text, BODY)));
    }

    private static void money(PdfPTable table, BigDecimal amount) {
        PdfPCell cell = new PdfPCell(new Phrase(amount == null ? "" : pounds(amount), BODY));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static void costRow(PdfPTable table, String label, PackageView p) {
        cell(table, label);
        if (p == null) {
            cell(table, "None");
            cell(table, "");
            cell(table, "");
            return;
        }
        cell(table, p.getProvider() + " (" + p.getTypeLabel() + ")");
        money(table, p.getWeeklyCost());
        money(table, p.getAnnualCost());
    }

    private static void funderRow(PdfPTable table, String funder, BigDecimal share, PackageView p) {
        cell(table, funder);
        cell(table, share.stripTrailingZeros().toPlainString() + "%");
        BigDecimal hundred = BigDecimal.valueOf(100);
        money(table, p.getWeeklyCost().multiply(share).divide(hundred, 2, RoundingMode.HALF_UP));
        money(table, p.getAnnualCost().multiply(share).divide(hundred, 2, RoundingMode.HALF_UP));
    }

    /** Pounds as a British reader expects them, e.g. £1,250.50. */
    public static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }
}
