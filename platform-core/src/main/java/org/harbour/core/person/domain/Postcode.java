package org.harbour.core.person.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode, stored in its standard form: capitals, one space before the three-character
 * inward code (e.g. {@code SW1A 1AA}). The pattern follows the letters each position may hold.
 */
public final class Postcode {

    private static final Pattern STANDARD = Pattern.compile(
            "GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]([0-9ABEHMNPRV-Y])?|[0-9][A-HJKPS-UW]) [0-9][ABD-HJLNP-UW-Z]{2}");

    private Postcode() {
    }

    /** The standard form, or null when the value is blank or not a UK postcode. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return null;
        }
        String standard = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return STANDARD.matcher(standard).matches() ? standard : null;
    }

    public static boolean isValid(String value) {
        return normalise(value) != null;
    }
}
