package org.harbour.core.person.domain;

/**
 * The NHS number: ten digits, the last a modulus-11 check digit over the first nine
 * (weights 10 down to 2). A remainder giving check digit 10 means the number is invalid.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Accepts the usual 3-3-4 spacing; returns false for anything that is not a valid NHS number. */
    public static boolean isValid(String value) {
        String digits = normalise(value);
        if (digits == null) {
            return false;
        }
        int expected = checkDigit(digits.substring(0, 9));
        return expected >= 0 && expected == digits.charAt(9) - '0';
    }

    /** Strips spaces; null unless ten digits remain. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "");
        return digits.matches("\\d{10}") ? digits : null;
    }

    /** Check digit for nine leading digits, or -1 when no check digit can make them valid. */
    public static int checkDigit(String firstNine) {
        if (firstNine == null || !firstNine.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }
}
