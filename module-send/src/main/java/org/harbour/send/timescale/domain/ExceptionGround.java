package org.harbour.send.timescale.domain;

/**
 * The permitted exceptions to the 20-week timescale (SEND Regulations 2014, regulation 13(3)),
 * by the letter the regulations and SEN2 use. An exception explains a late step; it never stops
 * the clock.
 */
public enum ExceptionGround {

    A("a", "School or college closed for 4 weeks or more (from a week before it closes to a week before it reopens)"),
    B("b", "Early years provider closed for 4 weeks or more"),
    C("c", "Exceptional personal circumstances of the child or family"),
    D("d", "Child or family away from the area for 4 weeks or more");

    private final String code;
    private final String label;

    ExceptionGround(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    /** "(a) School or college closed..." as pages show it. */
    public String getDescription() {
        return "(" + code + ") " + label;
    }
}
