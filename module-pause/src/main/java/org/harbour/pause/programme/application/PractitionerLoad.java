package org.harbour.pause.programme.application;

import java.io.Serializable;

/** A Pause practitioner's caseload against the cap. */
public final class PractitionerLoad implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String name;
    private final long women;
    private final int cap;

    public PractitionerLoad(String username, String name, long women, int cap) {
        this.username = username;
        this.name = name;
        this.women = women;
        this.cap = cap;
    }

    public String getUsername() { return username; }
    public String getName() { return name; }
    public long getWomen() { return women; }
    public int getCap() { return cap; }
    public boolean isFull() { return women >= cap; }
    /** For a choice list: the name and the caseload in words. */
    public String getLabel() { return name + " (" + women + " of " + cap + (isFull() ? ", full)" : ")"); }
}
