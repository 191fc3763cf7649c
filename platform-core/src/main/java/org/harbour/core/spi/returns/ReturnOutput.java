package org.harbour.core.spi.returns;

import java.util.List;

/** What one run of a return gives: its files, in the order the recipient expects them, and its validator's messages. */
public record ReturnOutput(List<ReturnFile> files, List<ValidationMessage> messages) {

    public ReturnOutput {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
    }
}
