package org.harbour.core.person.application;

import org.harbour.core.person.domain.DuplicateLikelihood;

import java.io.Serializable;

/** A person already in the index who may be the one about to be recorded, and why. */
public final class DuplicateCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PersonMatch person;
    private final DuplicateLikelihood likelihood;
    private final String reason;

    public DuplicateCandidate(PersonMatch person, DuplicateLikelihood likelihood, String reason) {
        this.person = person;
        this.likelihood = likelihood;
        this.reason = reason;
    }

    public PersonMatch getPerson() {
        return person;
    }

    public DuplicateLikelihood getLikelihood() {
        return likelihood;
    }

    public String getReason() {
        return reason;
    }
}
