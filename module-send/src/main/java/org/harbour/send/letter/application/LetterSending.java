package org.harbour.send.letter.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an officer says of a letter sent to the family: the decision it tells of (LetterKind's name),
 * the day it was sent and how (SentBy's name). Kept as given, so the services check and refuse it
 * the same way whether it came from a page or the API.
 */
public class LetterSending implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private LocalDate sentOn;
    private String sentBy;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public void setSentBy(String sentBy) {
        this.sentBy = sentBy;
    }
}
