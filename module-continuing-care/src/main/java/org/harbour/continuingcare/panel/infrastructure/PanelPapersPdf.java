package org.harbour.continuingcare.panel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.continuingcare.assessment.application.AssessmentView;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.core.spi.document.TaggedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the panel paper and the family's letter as tagged PDFs. Nothing is checked or looked
 * up here: the panel's papers service gathers what the reader may see and audits the read.
 */
@ApplicationScoped
public class PanelPapersPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * The paper of one agenda item: the referral, the costs of the current and the proposed
     * package with the proposed split, and the assessment when the reader may see health data.
     */
    public byte[] paper(AgendaItem item, Referral referral, String childName, PackageView current, PackageView proposed,
                        boolean healthData, AssessmentView assessment) {
        String title = item.getMeeting().getPanel().getName() + ": panel paper";
        TaggedDocument doc = TaggedDocument.titled(title, TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, title)
                .labelled("Meeting", DAY.format(item.getMeeting().getMeetsOn()))
                .labelled("Question", item.getQuestion().getLabel())
                .labelled("Child", childName)
                .labelled("Referred", DAY.format(referral.getReferredOn()) + " by " + referral.getReferrer())
                .labelled("Reason for referral", text(referral.getReason()))
                .heading(2, "Costs")
                .table("The current and the proposed package", List.of("Package", "Provider and type", "Weekly cost", "Annual cost"),
                        List.of(costRow("Current package", current), costRow("Proposed package", proposed)), 2, 3);
        if (proposed != null && proposed.isClinicalReviewRequired()) {
            doc.paragraph("The proposed annual cost is above the clinical review threshold: a clinical review is required.");
        }
        doc.heading(2, "Proposed funding split");
        PackageView.SplitView split = proposed == null ? null : proposed.getLatestSplit();
        if (split == null) {
            doc.paragraph("No funding split has been proposed yet.");
        } else {
            doc.table("Funding split from " + DAY.format(split.getEffectiveFrom()),
                    List.of("Funder (from " + DAY.format(split.getEffectiveFrom()) + ")", "Share", "Weekly", "Annual"),
                    List.of(funderRow("Health (ICB)", split.getHealth(), proposed),
                            funderRow("Social care", split.getSocialCare(), proposed),
                            funderRow("Education", split.getEducation(), proposed)), 1, 2, 3);
        }
        if (healthData) {
            if (assessment != null) {
                doc.heading(2, "Assessment (Decision Support Tool)");
                List<List<String>> levels = new ArrayList<>();
                for (AssessmentView.LevelView level : assessment.getLevels()) {
                    levels.add(List.of(text(level.getDomainLabel()), text(level.getLevelLabel()), text(level.getEvidence())));
                }
                doc.table("Levels of need by care domain", List.of("Care domain", "Level", "Evidence"), levels)
                        .labelled("Preferences of the child and family", text(assessment.getPreferences()))
                        .labelled("Multidisciplinary reports", text(assessment.getMdtReports()))
                        .labelled("Assessor's recommendation",
                                assessment.getRecommendation() == null ? "None yet" : assessment.getRecommendationLabel());
            }
        } else {
            doc.paragraph("The clinical summary is shown only to panel members with access to health data.");
        }
        return pdf(doc);
    }

    /** The letter telling the family of a decision recorded on the item. */
    public byte[] letter(AgendaItem item, String child) {
        String title = "Children's continuing care: the panel's decision";
        TaggedDocument doc = TaggedDocument.titled(title, TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, title)
                .paragraph(DAY.format(item.getDecidedOn()))
                .paragraph("Dear parent or carer of " + child + ",")
                .paragraph("The " + item.getMeeting().getPanel().getName() + " met on "
                        + DAY.format(item.getMeeting().getMeetsOn()) + " to decide on the referral for continuing care.")
                .heading(2, "Decision: " + item.getOutcome().getLabel())
                .paragraph("Reasons: " + text(item.getReasons()));
        if (item.getOutcome() == Outcome.NOT_ELIGIBLE) {
            doc.paragraph("Your child's needs will be supported through the complex-care pathway for children who are "
                    + "not eligible for continuing care; the team will contact you about it.");
        } else if (item.getOutcome() == Outcome.DEFERRED) {
            doc.paragraph("The panel will consider the case again by " + DAY.format(item.getDeferredUntil())
                    + ". Before then: " + text(item.getActions()));
        } else {
            doc.paragraph("The care package will be agreed with you and reviewed three months after it starts, "
                    + "then at least once a year.");
        }
        doc.paragraph("If you disagree with the decision you may ask for it to be reconsidered within 28 days.");
        return pdf(doc);
    }

    private static byte[] pdf(TaggedDocument doc) {
        try {
            return doc.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : pounds(amount);
    }

    private static List<String> costRow(String label, PackageView p) {
        if (p == null) {
            return List.of(label, "None", "", "");
        }
        return List.of(label, p.getProvider() + " (" + p.getTypeLabel() + ")", money(p.getWeeklyCost()), money(p.getAnnualCost()));
    }

    private static List<String> funderRow(String funder, BigDecimal share, PackageView p) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        return List.of(funder, share.stripTrailingZeros().toPlainString() + "%",
                money(p.getWeeklyCost().multiply(share).divide(hundred, 2, RoundingMode.HALF_UP)),
                money(p.getAnnualCost().multiply(share).divide(hundred, 2, RoundingMode.HALF_UP)));
    }

    /** Pounds as a British reader expects them, e.g. £1,250.50. */
    public static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }
}
