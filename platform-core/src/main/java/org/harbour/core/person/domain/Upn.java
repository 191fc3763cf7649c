package org.harbour.core.person.domain;

/**
 * The DfE Unique Pupil Number: 13 characters, a check letter followed by eleven digits and a
 * last character that is a digit (permanent UPN) or a letter (temporary UPN). The check letter
 * is the sum of characters 2 to 13 weighted 2 to 13, modulo 23, read from a 23-letter alphabet
 * without I, O and S; a temporary UPN's last letter counts as its position in that alphabet.
 */
public final class Upn {

    /** Letters as the DfE numbers them, 0 to 22. */
    static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    /** Upper-cased, spaces removed; null when nothing is left. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    public static boolean isValid(String value) {
        String upn = normalise(value);
        if (upn == null || upn.length() != 13 || ALPHABET.indexOf(upn.charAt(0)) < 0) {
            return false;
        }
        if (!upn.substring(1, 12).chars().allMatch(Character::isDigit)) {
            return false;
        }
        char last = upn.charAt(12);
        if (!Character.isDigit(last) && ALPHABET.indexOf(last) < 0) {
            return false;
        }
        return checkLetter(upn.substring(1)) == upn.charAt(0);
    }

    /** A temporary UPN ends in a letter; it is replaced once the permanent number is known. */
    public static boolean isTemporary(String value) {
        String upn = normalise(value);
        return isValid(upn) && Character.isLetter(upn.charAt(12));
    }

    /** Check letter for characters 2 to 13 (eleven digits, then a digit or an alphabet letter). */
    public static char checkLetter(String lastTwelve) {
        if (lastTwelve == null || !lastTwelve.matches("\\d{11}[0-9" + ALPHABET + "]")) {
            throw new IllegalArgumentException("eleven digits then a digit or check-alphabet letter expected");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = lastTwelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            sum += value * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }
}
