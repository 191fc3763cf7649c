package org.harbour.core.person.domain;

/** The DfE's sex codes (M, F, U) in the words staff read. */
public final class SexCode {

    private SexCode() {
    }

    /** The code's words; an unknown code is shown as it is, never hidden. */
    public static String describe(String code) {
        return code == null ? null : switch (code) {
            case "M" -> "Male";
            case "F" -> "Female";
            case "U" -> "Unknown or not stated";
            default -> code;
        };
    }
}
