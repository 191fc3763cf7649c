package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.person.application.RecordAccess;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a link to a child's record may be offered to the signed-in user: a page shows the link
 * only when the record would open for them, never one that answers "no access". Answers are kept
 * for the request, since a list may name the same child many times.
 */
@Named
@RequestScoped
public class RecordLinks {

    @Inject
    private RecordAccess recordAccess;

    private final Map<Long, Boolean> reach = new HashMap<>();

    public boolean mayOpen(Long personId) {
        return personId != null && reach.computeIfAbsent(personId, recordAccess::mayAccess);
    }
}
