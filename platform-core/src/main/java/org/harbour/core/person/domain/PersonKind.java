package org.harbour.core.person.domain;

/** Whether the person is a child (under 18) or an adult, such as a parent or carer. */
public enum PersonKind {
    CHILD("Child"),
    ADULT("Adult");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
