package org.harbour.core.spi.returns;

import java.util.List;

/**
 * What one run of a return gives: its files, in the order the recipient expects them, its
 * validator's messages, and its headline counts (children, episodes...) that core compares with the
 * previous period's run.
 */
public record ReturnOutput(List<ReturnFile> files, List<ValidationMessage> messages, List<ReturnCount> counts) {

    public ReturnOutput {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
        counts = List.copyOf(counts);
    }

    /** A run without headline counts: nothing to compare with the previous period. */
    public ReturnOutput(List<ReturnFile> files, List<ValidationMessage> messages) {
        this(files, messages, List.of());
    }
}
