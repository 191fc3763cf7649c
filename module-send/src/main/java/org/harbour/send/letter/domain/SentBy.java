package org.harbour.send.letter.domain;

/**
 * How a letter reached the family. There is no "posted on a portal" choice: the Ombudsman has
 * found a decision only put on a portal was not properly given to the family.
 */
public enum SentBy {

    POST("First-class post"),
    EMAIL("Email"),
    HAND("By hand");

    private final String label;

    SentBy(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
