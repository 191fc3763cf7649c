package org.harbour.send.learner.domain;

import java.util.Locale;

/**
 * The two national learner numbers SEN2 carries and how the DfE checks them.
 * <p>The unique pupil number (UPN) has 13 characters: a check letter, the three-digit local
 * authority code, the four-digit establishment number, two digits of the year of allocation and a
 * three-digit serial; a temporary UPN ends in a letter instead of the last digit. The check
 * letter is the sum of characters 2 to 13 weighted 2 to 13 (a letter counting as its place in the
 * alphabet below), modulo 23, read from the 23 letters A-Z without I, O and S.
 * <p>The unique learner number (ULN) has 10 digits, the first not 0; the digits weighted 10 down
 * to 1 sum to a number that leaves 10 when divided by 11.
 */
public final class LearnerNumbers {

    /** The DfE's letters, numbered 0 to 22. */
    static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private LearnerNumbers() {
    }

    /** Upper case without spaces; null when nothing is left. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    public static boolean isValidUpn(String value) {
        String upn = normalise(value);
        if (upn == null || upn.length() != 13 || !upn.substring(1).matches("\\d{11}[0-9" + CHECK_ALPHABET + "]")) {
            return false;
        }
        return upnCheckLetter(upn.substring(1)) == upn.charAt(0);
    }

    /** The check letter of the twelve characters after it. */
    public static char upnCheckLetter(String lastTwelve) {
        if (lastTwelve == null || !lastTwelve.matches("\\d{11}[0-9" + CHECK_ALPHABET + "]")) {
            throw new IllegalArgumentException("Eleven digits then a digit or a check-alphabet letter are expected.");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = lastTwelve.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : CHECK_ALPHABET.indexOf(c)) * (i + 2);
        }
        return CHECK_ALPHABET.charAt(sum % 23);
    }

    /** A permanent UPN from its parts, with its check letter. */
    public static String upn(int laCode, int establishment, int year, int serial) {
        String body = String.format(Locale.ROOT, "%03d%04d%02d%03d", laCode, establishment, year % 100, serial);
        if (body.length() != 12) {
            throw new IllegalArgumentException("LA code, establishment, year and serial do not fit a UPN: " + body);
        }
        return upnCheckLetter(body) + body;
    }

    public static boolean isValidUln(String value) {
        String uln = normalise(value);
        if (uln == null || !uln.matches("[1-9]\\d{9}")) {
            return false;
        }
        return ulnWeightedSum(uln) % 11 == 10;
    }

    /** The tenth digit that makes the nine given a valid ULN, or -1 when none does. */
    public static int ulnCheckDigit(String firstNine) {
        if (firstNine == null || !firstNine.matches("[1-9]\\d{8}")) {
            throw new IllegalArgumentException("Nine digits, the first not 0, are expected.");
        }
        int partial = ulnWeightedSum(firstNine + "0");
        for (int d = 0; d <= 9; d++) {
            if ((partial + d) % 11 == 10) {
                return d;
            }
        }
        return -1;
    }

    private static int ulnWeightedSum(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        return sum;
    }
}
