package org.harbour.send.review.domain;

/**
 * The four areas a review from Year 9 looks at in preparing a young person for adulthood (SEND
 * Code of Practice 8.3 and 8.9).
 */
public enum AdulthoodArea {

    EMPLOYMENT("Higher education and employment"),
    INDEPENDENT_LIVING("Independent living"),
    COMMUNITY("Friends, relationships and community"),
    HEALTH("Good health");

    private final String label;

    AdulthoodArea(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
