package org.harbour.send.letter.application;

import java.util.List;

/** The letters sent after an annual review, and its decisions still waiting for theirs. */
public class ReviewLetters {

    private final long reviewId;
    private final List<LetterView> sent;
    private final List<RequestLetters.Outstanding> outstanding;

    ReviewLetters(long reviewId, List<LetterView> sent, List<RequestLetters.Outstanding> outstanding) {
        this.reviewId = reviewId;
        this.sent = List.copyOf(sent);
        this.outstanding = List.copyOf(outstanding);
    }

    public long getReviewId() {
        return reviewId;
    }

    public List<LetterView> getSent() {
        return sent;
    }

    public List<RequestLetters.Outstanding> getOutstanding() {
        return outstanding;
    }
}
