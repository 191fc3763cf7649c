package org.harbour.send.letter.infrastructure;

import org.harbour.send.letter.domain.FamilyLetter;
import org.harbour.send.letter.domain.LetterKind;
import org.harbour.send.letter.domain.ReviewLetter;
import org.harbour.send.letter.domain.SentBy;
import org.harbour.testing.TaggedPdfCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterPdfTest {

    private static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

    private final LetterPdf pdf = new LetterPdf();

    @Test
    void aDecisionNotToAssessGivesItsDateHowItWasSentItsReasonsAndTheRightsOfAppeal() throws Exception {
        FamilyLetter letter = new FamilyLetter(7L, 3L, null, LetterKind.NOT_TO_ASSESS, LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 12), SentBy.POST, "grace.lee", AT);

        byte[] file = pdf.write(letter, new LetterPdf.Details("Amy Lewis", 9, "Needs met from the school's own resources", null, null));

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(file, "H1", "H2", "P", "L");
        String text = found.text().replaceAll("\\s+", " ");
        assertEquals("SEND: Decision not to carry out an EHC needs assessment", found.title());
        assertTrue(text.contains("Date: 12 February 2026"), text);
        assertTrue(text.contains("Sent by: First-class post"), text);
        assertTrue(text.contains("Dear parent or carer of Amy Lewis,"), text);
        assertTrue(text.contains("On 10 February 2026 we decided not to carry out"), text);
        assertTrue(text.contains("Our reasons: Needs met from the school's own resources"), text);
        assertTrue(text.contains("First-tier Tribunal"), text);
        assertTrue(text.contains("mediation adviser within 2 months of the date of this letter, by 12 April 2026"), text);
        assertTrue(text.contains("by 12 April 2026, or within 1 month of the date of the mediation certificate"), text);
    }

    @Test
    void aYoungPersonIsWrittenToThemselvesAndADecisionToAssessIsNotAppealable() throws Exception {
        FamilyLetter letter = new FamilyLetter(7L, 3L, null, LetterKind.TO_ASSESS, LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 10), SentBy.EMAIL, "grace.lee", AT);

        String text = TaggedPdfCheck.check(pdf.write(letter, new LetterPdf.Details("Sam Reid", 17, null,
                LocalDate.of(2026, 5, 25), null)), "H1", "P").text().replaceAll("\\s+", " ");

        assertTrue(text.contains("Dear Sam Reid,"), text);
        assertTrue(text.contains("Sent by: Email"), text);
        assertTrue(text.contains("the final plan is due by 25 May 2026"), text);
        assertTrue(text.contains("This is not a decision you can appeal"), text);
        assertFalse(text.contains("First-tier Tribunal"), text);
    }

    @Test
    void theDraftPlanLetterGivesTheFamilysFifteenDaysToCommentAndNameASetting() throws Exception {
        FamilyLetter letter = new FamilyLetter(7L, 3L, 9L, LetterKind.DRAFT_PLAN, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), SentBy.HAND, "grace.lee", AT);

        String text = TaggedPdfCheck.check(pdf.write(letter, new LetterPdf.Details("Amy Lewis", 9, null, null,
                LocalDate.of(2026, 4, 16))), "H1", "P", "L").text().replaceAll("\\s+", " ");

        assertTrue(text.contains("You have 15 days, until 16 April 2026, to comment"), text);
        assertTrue(text.contains("ask for a particular school, college or other setting to be named"), text);
    }

    @Test
    void aReviewDecisionToCeaseGivesItsReasonAndTheRightsOfAppeal() throws Exception {
        ReviewLetter letter = new ReviewLetter(7L, 11L, 9L, LetterKind.REVIEW_CEASE, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 2), SentBy.POST, "grace.lee", AT);

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(pdf.write(letter, new LetterPdf.Details("Amy Lewis", 9,
                "Educational or training needs being met without an EHC plan", null, null)), "H1", "H2", "P", "L");
        String text = found.text().replaceAll("\\s+", " ");

        assertEquals("SEND: Decision after the annual review: to cease to maintain the EHC plan", found.title());
        assertTrue(text.contains("After the annual review, on 31 March 2026 we decided to cease to maintain"), text);
        assertTrue(text.contains("Reason: Educational or training needs being met without an EHC plan"), text);
        assertTrue(text.contains("within 2 months of the date of this letter, by 2 June 2026"), text);
    }

    @Test
    void aReviewDecisionToAmendSaysWhenTheAmendedPlanIsDueAndIsNotYetAppealable() throws Exception {
        ReviewLetter letter = new ReviewLetter(7L, 11L, 9L, LetterKind.REVIEW_AMEND, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 3, 31), SentBy.EMAIL, "grace.lee", AT);

        String text = TaggedPdfCheck.check(pdf.write(letter, new LetterPdf.Details("Sam Reid", 17, null,
                LocalDate.of(2026, 6, 2), null)), "H1", "P", "L").text().replaceAll("\\s+", " ");

        assertTrue(text.contains("Dear Sam Reid,"), text);
        assertTrue(text.contains("The amended plan is due by 2 June 2026"), text);
        assertTrue(text.contains("This is not a decision you can appeal"), text);
    }
}
