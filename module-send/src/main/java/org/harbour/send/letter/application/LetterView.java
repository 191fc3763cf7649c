package org.harbour.send.letter.application;

import org.harbour.send.letter.domain.FamilyLetter;
import org.harbour.send.letter.domain.ReviewLetter;
import org.harbour.send.letter.domain.SentLetter;

import java.time.LocalDate;

/** A letter sent to the family, about a request (requestId) or an annual review (reviewId), as pages and the API show it. */
public class LetterView {

    private final long id;
    private final Long requestId;
    private final Long reviewId;
    private final String kind;
    private final String kindLabel;
    private final LocalDate decidedOn;
    private final LocalDate sentOn;
    private final String sentBy;
    private final String sentByLabel;
    private final boolean appealable;
    private final LocalDate appealBy;
    private final String recordedBy;

    LetterView(FamilyLetter l) {
        this(l, l.getRequestId(), null);
    }

    LetterView(ReviewLetter l) {
        this(l, null, l.getReviewId());
    }

    private LetterView(SentLetter l, Long requestId, Long reviewId) {
        this.id = l.getId();
        this.requestId = requestId;
        this.reviewId = reviewId;
        this.kind = l.getKind().name();
        this.kindLabel = l.getKind().getLabel();
        this.decidedOn = l.getDecidedOn();
        this.sentOn = l.getSentOn();
        this.sentBy = l.getSentBy().name();
        this.sentByLabel = l.getSentBy().getLabel();
        this.appealable = l.getKind().isAppealable();
        this.appealBy = l.appealBy();
        this.recordedBy = l.getRecordedBy();
    }

    public long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getSentByLabel() {
        return sentByLabel;
    }

    public boolean isAppealable() {
        return appealable;
    }

    /** The last day to appeal counted from the letter alone; null when the decision is not appealable. */
    public LocalDate getAppealBy() {
        return appealBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
