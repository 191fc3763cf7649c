package org.harbour.core.person.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashSet;
import java.util.Set;

/**
 * The reach decisions already granted while serving one request, so the page's several services each
 * still check the child's record but do not work the same answer out again. Only a grant is kept: a
 * refusal is decided afresh (and audited) by every service that meets it. Any change to the database
 * made in the request (an allocation ended, a case closed, a relationship recorded...) forgets them
 * all ({@link ReachChangeListener}), so a decision never outlives what it was made on.
 */
@RequestScoped
public class ReachDecisions {

    private final Set<Grant> granted = new HashSet<>();

    boolean granted(String username, long personId) {
        return granted.contains(new Grant(username, personId));
    }

    void grant(String username, long personId) {
        granted.add(new Grant(username, personId));
    }

    /** Forgets every grant of this request: the data they were decided on has changed. */
    public void forget() {
        granted.clear();
    }

    private record Grant(String username, long personId) {
    }
}
