package org.harbour.core.person.application;

import java.util.List;

/** The person may already be in the index; they are recorded only once the user confirms. */
public class DuplicatesFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DuplicateCandidate> candidates;

    public DuplicatesFound(List<DuplicateCandidate> candidates) {
        super(candidates.size() + " possible duplicate(s)");
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}
