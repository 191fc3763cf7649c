package org.harbour.continuingcare.panel.application;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.assessment.domain.Assessment;
import org.harbour.continuingcare.assessment.domain.DomainLevel;
import org.harbour.continuingcare.common.application.CareAccess;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.packages.application.PackageViews;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.referral.application.Children;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The papers a panel reads and the letter a family receives, as PDF. The paper puts the costs
 * in front of the panel: the current package, the proposed one, weekly and annual cost and the
 * proposed funding split. The clinical summary is printed only for readers with the health-data
 * permission.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class PanelPapers {

    public static final String PAPER = "CC_PANEL_PAPER_VIEW";
    public static final String LETTER = "CC_DECISION_LETTER_VIEW";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CareAccess access;

    @Inject
    private PanelService panels;

    @Inject
    private PackageViews packages;

    @Inject
    private Children children;

    public byte[] paper(long itemId) {
        AgendaItem item = panels.item(itemId, CarePermissions.PANEL_MEMBER, PAPER);
        Referral referral = em.find(Referral.class, item.getReferralId());
        LocalDate today = access.today();
        List<PackageView> all = packages.ofPerson(item.getPersonId()).stream().map(p -> packages.of(p, today)).toList();
        PackageView current = all.stream().filter(p -> "AGREED".equals(p.getStatus())
                && !p.getStartDate().isAfter(today) && (p.getEndDate() == null || !p.getEndDate().isBefore(today)))
                .findFirst().orElse(null);
        PackageView proposed = all.stream().filter(p -> "PROPOSED".equals(p.getStatus()) && p.getReferralId() == referral.getId())
                .findFirst().orElse(null);
        byte[] pdf = render(doc -> {
            doc.add(new Paragraph(item.getMeeting().getPanel().getName() + ": panel paper", TITLE));
            line(doc, "Meeting", DAY.format(item.getMeeting().getMeetsOn()));
            line(doc, "Question", item.getQuestion().getLabel());
            line(doc, "Child", children.nameOf(item.getPersonId()));
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
            if (access.has(CarePermissions.HEALTH_DATA)) {
                Assessment assessment = em.createQuery("select a from Assessment a where a.referralId = :r", Assessment.class)
                        .setParameter("r", referral.getId()).getResultStream().findFirst().orElse(null);
                if (assessment != null) {
                    doc.add(new Paragraph("Assessment (Decision Support Tool)", HEADING));
                    PdfPTable domains = new PdfPTable(new float[]{3f, 1.6f, 4f});
                    domains.setWidthPercentage(100);
                    header(domains, "Care domain", "Level", "Evidence");
                    for (DomainLevel level : assessment.getLevels()) {
                        cell(domains, level.getDomain().getLabel());
                        cell(domains, level.getLevel().getLabel());
                        cell(domains, level.getEvidence() == null ? "" : level.getEvidence());
                    }
                    doc.add(domains);
                    line(doc, "Preferences of the child and family", assessment.getPreferences());
                    line(doc, "Multidisciplinary reports", assessment.getMdtReports());
                    line(doc, "Assessor's recommendation",
                            assessment.getRecommendation() == null ? "None yet" : assessment.getRecommendation().getLabel());
                }
            } else {
                doc.add(new Paragraph("The clinical summary is shown only to panel members with access to health data.", BODY));
            }
        });
        access.success(PAPER, item.getPersonId(), "item " + itemId);
        return pdf;
    }

    /** The letter telling the family of the decision, once it is recorded. */
    public byte[] letter(long itemId) {
        AgendaItem item = panels.item(itemId, CarePermissions.ACCESS, LETTER);
        if (item.getOutcome() == null) {
            throw new RuleRefusedException("outcome", "The panel has not decided yet, so there is no letter.", List.of());
        }
        String child = children.nameOf(item.getPersonId());
        byte[] pdf = render(doc -> {
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
        access.success(LETTER, item.getPersonId(), "item " + itemId);
        return pdf;
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
        money(table, p.getWeeklyCost().multiply(share).divide(hundred, 2, java.math.RoundingMode.HALF_UP));
        money(table, p.getAnnualCost().multiply(share).divide(hundred, 2, java.math.RoundingMode.HALF_UP));
    }

    /** Pounds as a British reader expects them, e.g. £1,250.50. */
    public static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }
}
