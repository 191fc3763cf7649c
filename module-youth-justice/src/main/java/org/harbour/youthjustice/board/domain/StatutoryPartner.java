package org.harbour.youthjustice.board.domain;

/** The statutory partners of a youth justice service (Crime and Disorder Act 1998, s.38-39) and others who sit on its board. */
public enum StatutoryPartner {
    LOCAL_AUTHORITY_CHILDRENS_SERVICES("Local authority children's services", true),
    LOCAL_AUTHORITY_EDUCATION("Local authority education", true),
    POLICE("Police", true),
    PROBATION("Probation Service", true),
    HEALTH("Health (integrated care board)", true),
    COURTS("HM Courts and Tribunals Service", false),
    POLICE_AND_CRIME_COMMISSIONER("Office of the Police and Crime Commissioner", false),
    COMMUNITY_SAFETY("Community safety partnership", false);

    private final String label;
    private final boolean statutory;

    StatutoryPartner(String label, boolean statutory) {
        this.label = label;
        this.statutory = statutory;
    }

    public String getLabel() {
        return label;
    }

    /** A partner the law requires to co-operate in the service; the board is quorate only with all of them there. */
    public boolean isStatutory() {
        return statutory;
    }
}
