package org.harbour.send.letter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.document.TaggedDocument;
import org.harbour.send.letter.domain.AppealRights;
import org.harbour.send.letter.domain.LetterKind;
import org.harbour.send.letter.domain.SentLetter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a family letter as a tagged PDF: the date and how it was sent, the decision with its
 * reasons and what happens next, and, for a decision they may appeal, their rights: mediation,
 * the tribunal and its time limits, and free impartial advice. Nothing is checked here: the letter
 * service gathers what the reader may see and audits the read.
 */
@ApplicationScoped
public class LetterPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int YOUNG_PERSON_AGE = 16;

    /**
     * What the letter says beyond the stored letter itself, read from the request and the plan; after
     * a review, {@code finalPlanDue} is the amended plan's due day and {@code commentsBy} the end of
     * the family's 15 days on the proposed amendments.
     */
    public record Details(String childName, Integer ageOnLetter, String reasons, LocalDate finalPlanDue,
                          LocalDate commentsBy) {
    }

    public byte[] write(SentLetter letter, Details d) {
        LetterKind kind = letter.getKind();
        String title = "SEND: " + kind.getLabel();
        boolean youngPerson = d.ageOnLetter() != null && d.ageOnLetter() >= YOUNG_PERSON_AGE;
        TaggedDocument doc = TaggedDocument.titled(title, TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, title)
                .labelled("Date", day(letter.getSentOn()))
                .labelled("Sent by", letter.getSentBy().getLabel())
                .labelled("About", d.childName())
                .paragraph(youngPerson ? "Dear " + d.childName() + "," : "Dear parent or carer of " + d.childName() + ",")
                .heading(2, "Our decision");
        decision(doc, kind, letter.getDecidedOn(), d, youngPerson);
        doc.heading(2, "Your rights");
        if (kind.isAppealable()) {
            appealRights(doc, kind, letter.getSentOn());
        } else {
            doc.paragraph("This is not a decision you can appeal to the tribunal. If you disagree with anything we have "
                    + "done, please contact the SEND Team first; you may also use the council's complaints procedure.");
        }
        doc.paragraph("The SEND Information, Advice and Support Service gives free, impartial and confidential advice "
                + "about this letter and your rights.");
        doc.paragraph("Yours sincerely,").paragraph("The SEND Team");
        try {
            return doc.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be written", e);
        }
    }

    private static void decision(TaggedDocument doc, LetterKind kind, LocalDate on, Details d, boolean youngPerson) {
        String whose = youngPerson ? "your" : "your child's";
        switch (kind) {
            case TO_ASSESS -> doc.paragraph("On " + day(on) + " we decided to carry out an Education, Health and Care "
                            + "needs assessment of " + whose + " special educational needs.")
                    .paragraph("We will ask for advice from education, health and social care, an educational psychologist and "
                            + "anyone else whose advice is needed, and we will ask for your views. If we decide to issue a plan, "
                            + "the final plan is due by " + day(d.finalPlanDue()) + ".");
            case NOT_TO_ASSESS -> doc.paragraph("On " + day(on) + " we decided not to carry out an Education, Health and "
                            + "Care needs assessment.")
                    .labelled("Our reasons", text(d.reasons()))
                    .paragraph("The school or setting should continue to meet " + whose + " needs from its own resources, "
                            + "and we will tell them of this decision.");
            case DRAFT_PLAN -> doc.paragraph("With this letter is the draft Education, Health and Care plan, sent on "
                            + day(on) + ".")
                    .list(List.of("You have 15 days, until " + day(d.commentsBy()) + ", to comment on the draft plan and to ask "
                                    + "for a meeting with us about it.",
                            "In the same 15 days you may ask for a particular school, college or other setting to be named in "
                                    + "the plan. We will consult it before the final plan is issued."));
            case NOT_TO_ISSUE -> doc.paragraph("On " + day(on) + " we decided, after the assessment, not to issue an Education, "
                            + "Health and Care plan.")
                    .labelled("Our reasons", text(d.reasons()))
                    .paragraph("We will send you the advice gathered during the assessment, which the school or setting can "
                            + "use to meet " + whose + " needs.");
            case FINAL_PLAN -> doc.paragraph("With this letter is the final Education, Health and Care plan, issued on "
                    + day(on) + ". The school, college or setting named in section I must admit " + (youngPerson ? "you" : "your child")
                    + ", and we must secure the special educational provision in section F.");
            case PLAN_CEASED -> doc.paragraph("On " + day(on) + " we decided to cease to maintain the Education, Health and Care plan.")
                    .labelled("Reason", text(d.reasons()))
                    .paragraph("If you appeal, we will go on maintaining the plan until the appeal is decided.");
            case REVIEW_MAINTAIN -> doc.paragraph("After the annual review, on " + day(on) + " we decided to keep the Education, "
                    + "Health and Care plan as it is, without amendment. The provision in section F continues.");
            case REVIEW_AMEND -> doc.paragraph("After the annual review, on " + day(on) + " we decided to amend the Education, "
                            + "Health and Care plan.")
                    .list(List.of("We will send you the proposed amendments and the evidence for them. You will have 15 days "
                                    + "from receiving them to comment and to ask for a particular school, college or setting to be named.",
                            "The amended plan is due by " + day(d.finalPlanDue()) + "; you may appeal against it when it is issued."));
            case REVIEW_CEASE -> doc.paragraph("After the annual review, on " + day(on) + " we decided to cease to maintain the "
                            + "Education, Health and Care plan.")
                    .labelled("Reason", text(d.reasons()))
                    .paragraph("If you appeal, we will go on maintaining the plan until the appeal is decided.");
            case AMENDED_PLAN -> doc.paragraph("With this letter is the amended Education, Health and Care plan, issued on "
                    + day(on) + ", following the annual review. It replaces the plan you had before.");
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static void appealRights(TaggedDocument doc, LetterKind kind, LocalDate letterDate) {
        String what = kind == LetterKind.FINAL_PLAN || kind == LetterKind.AMENDED_PLAN || kind == LetterKind.REVIEW_MAINTAIN
                ? "the special educational needs in section B, the provision in section F, or the school or setting named in "
                + "section I (or that none is named)"
                : "this decision";
        doc.paragraph("You may appeal against " + what + " to the First-tier Tribunal (Special Educational Needs and Disability).")
                .list(List.of(
                        "Before you appeal, you must contact a mediation adviser within 2 months of the date of this letter, "
                                + "by " + day(AppealRights.mediationAdviceBy(letterDate)) + ". You then decide whether to go to "
                                + "mediation; either way the adviser gives you a certificate. (An appeal only about the school "
                                + "or setting named does not need one.)",
                        "You may appeal within 2 months of the date of this letter, by "
                                + day(AppealRights.appealBy(letterDate, null))
                                + ", or within 1 month of the date of the mediation certificate, whichever is later.",
                        "You may also ask for disagreement resolution, which is free and does not affect your right to appeal."));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }
}
