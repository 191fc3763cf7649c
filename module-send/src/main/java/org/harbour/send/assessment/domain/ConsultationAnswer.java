package org.harbour.send.assessment.domain;

/** A school's or college's answer to being consulted about being named in a child's plan. */
public enum ConsultationAnswer {

    AGREES("Agrees to be named and can meet the needs"),
    OBJECTS("Objects: unsuitable for the needs, or admitting would be incompatible with the efficient education of others");

    private final String label;

    ConsultationAnswer(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
