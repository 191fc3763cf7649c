package org.harbour.send.plan.domain;

/** The sections of an EHC plan (SEND Code of Practice 9.62), by letter. */
public enum PlanSection {

    A("Views, interests and aspirations of the child or young person and their family"),
    B("Special educational needs"),
    C("Health needs related to the special educational needs"),
    D("Social care needs related to the special educational needs or disability"),
    E("Outcomes"),
    F("Special educational provision"),
    G("Health provision"),
    H("Social care provision"),
    I("Placement: the school or other institution"),
    J("Personal budget"),
    K("Advice and information gathered during the assessment");

    private final String label;

    PlanSection(String label) {
        this.label = label;
    }

    public String getLetter() {
        return name();
    }

    public String getLabel() {
        return label;
    }
}
