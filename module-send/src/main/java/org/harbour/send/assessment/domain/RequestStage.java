package org.harbour.send.assessment.domain;

/** Where a request for an EHC needs assessment is. The last four end the 20-week clock's work. */
public enum RequestStage {

    RECEIVED("Received: deciding whether to assess"),
    ASSESSING("Assessing: gathering advice"),
    DRAFT_ISSUED("Draft plan with the family"),
    FINAL_ISSUED("Final plan issued"),
    NOT_ASSESSED("Decided not to assess"),
    NOT_ISSUED("Decided not to issue a plan"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RequestStage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isClosed() {
        return this == FINAL_ISSUED || this == NOT_ASSESSED || this == NOT_ISSUED || this == WITHDRAWN;
    }
}
