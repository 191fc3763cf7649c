package org.harbour.send.letter.application;

import org.harbour.send.letter.domain.LetterKind;

import java.time.LocalDate;
import java.util.List;

/** The letters sent about a request and its plan, and the decisions still waiting for theirs (oldest first). */
public class RequestLetters {

    private final long requestId;
    private final List<LetterView> sent;
    private final List<Outstanding> outstanding;

    RequestLetters(long requestId, List<LetterView> sent, List<Outstanding> outstanding) {
        this.requestId = requestId;
        this.sent = List.copyOf(sent);
        this.outstanding = List.copyOf(outstanding);
    }

    /** A decision made with no letter yet. */
    public static class Outstanding {
        private final String kind;
        private final String kindLabel;
        private final LocalDate decidedOn;

        Outstanding(LetterKind kind, LocalDate decidedOn) {
            this.kind = kind.name();
            this.kindLabel = kind.getLabel();
            this.decidedOn = decidedOn;
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
    }

    public long getRequestId() {
        return requestId;
    }

    public List<LetterView> getSent() {
        return sent;
    }

    public List<Outstanding> getOutstanding() {
        return outstanding;
    }
}
