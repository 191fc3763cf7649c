package org.harbour.core.activity.domain;

/** How contact with the child or family was made. A statutory visit is made in person or, where agreed, by video. */
public enum ContactMethod {
    FACE_TO_FACE("Face to face", true),
    VIDEO("Video call", true),
    PHONE("Phone", false),
    LETTER("Letter", false),
    EMAIL("Email", false),
    TEXT_MESSAGE("Text message", false),
    OTHER("Other", false);

    private final String label;
    private final boolean seesTheChild;

    ContactMethod(String label, boolean seesTheChild) {
        this.label = label;
        this.seesTheChild = seesTheChild;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the worker can see the child this way (a visit may only be made so). */
    public boolean seesTheChild() {
        return seesTheChild;
    }

    /** Written contact, where nobody is "present". */
    public boolean isWritten() {
        return this == LETTER || this == EMAIL || this == TEXT_MESSAGE;
    }
}
