package org.harbour.send.letter.domain;

import java.time.LocalDate;

/** A letter sent to the family about a decision: what its PDF and the pages show, whichever record it tells of. */
public interface SentLetter {

    Long getId();

    LetterKind getKind();

    LocalDate getDecidedOn();

    LocalDate getSentOn();

    SentBy getSentBy();

    String getRecordedBy();

    /** The last day to appeal when no mediation certificate is known; null for a decision not appealable. */
    default LocalDate appealBy() {
        return getKind().isAppealable() ? AppealRights.appealBy(getSentOn(), null) : null;
    }
}
