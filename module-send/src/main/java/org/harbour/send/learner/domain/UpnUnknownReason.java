package org.harbour.send.learner.domain;

/** Why a child has no UPN, with the DfE's UPNunknown code returned in its place. */
public enum UpnUnknownReason {

    UN1("Child is now adopted"),
    UN2("Child has never attended a state-funded school in England"),
    UN3("Child is educated at home"),
    UN4("Child recently arrived in England and the UPN is not yet known"),
    UN5("Sources collating UPNs reflect a discrepancy"),
    UN6("Child is under 6 and not yet attending school"),
    UN7("Referral with no further action");

    private final String label;

    UpnUnknownReason(String label) {
        this.label = label;
    }

    public String getCode() {
        return name();
    }

    public String getLabel() {
        return label;
    }

    /** The reason of a code, or null when the code is none of the DfE's. */
    public static UpnUnknownReason ofCode(String code) {
        for (UpnUnknownReason r : values()) {
            if (r.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return r;
            }
        }
        return null;
    }
}
