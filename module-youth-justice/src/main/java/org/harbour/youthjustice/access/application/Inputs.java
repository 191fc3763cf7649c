package org.harbour.youthjustice.access.application;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.recording.domain.RuleBroken;

import java.util.List;

/** What the services do alike with input: a coded value read into its enum, and the first rule broken refused as bad input. */
public final class Inputs {

    private Inputs() {
    }

    /** The enum constant named, or a 400 naming the field with the message. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, message);
        }
    }

    /** Refuses the input when it breaks a rule: a 400 naming the first rule's field. */
    public static void refuseIfBroken(List<? extends RuleBroken> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).field(), problems.get(0).message());
        }
    }
}
