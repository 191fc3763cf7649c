package org.harbour.send.letter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.letter.application.LetterSending;
import org.harbour.send.letter.application.LetterView;
import org.harbour.send.letter.application.ReviewLetterService;
import org.harbour.send.letter.application.ReviewLetters;

/** The letters part of send/review.xhtml: the letters sent to the family after the annual review. */
@Named
@ViewScoped
public class ReviewLettersPanel extends LettersPanel<ReviewLetters> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewLetterService letters;

    @Override
    protected ReviewLetters readLetters(long reviewId) {
        return letters.ofReview(reviewId);
    }

    @Override
    protected LetterView recordSending(long reviewId, LetterSending sending) {
        return letters.record(reviewId, sending.getKind(), sending.getSentOn(), sending.getSentBy());
    }
}
