package org.harbour.core.spi.settings;

import org.harbour.core.spi.calendar.Timescale;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of value a module setting holds. Each kind reads an administrator's text into its
 * one stored form ({@code 8}, {@code 12.5}, {@code true}, {@code 6 weeks}, {@code CONTINUING_CARE}),
 * or says it cannot.
 */
public enum SettingType {

    TEXT("Text", "any text up to " + SettingType.MAX_LENGTH + " characters"),
    WHOLE_NUMBER("Whole number", "a whole number"),
    DECIMAL("Decimal number", "a number, e.g. 12.5"),
    BOOLEAN("Yes or no", "true or false"),
    TIMESCALE("Timescale", "a number of days, working days, weeks or months, e.g. 6 weeks"),
    SERVICE_AREA_CODE("Service area code", "the code of a service area, as the service areas page lists it");

    /** The longest value the settings table stores. */
    public static final int MAX_LENGTH = 400;

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern TIMESCALE_TEXT =
            Pattern.compile("(\\d{1,4})\\s+(working\\s+days?|days?|weeks?|months?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final String label;
    private final String expected;

    SettingType(String label, String expected) {
        this.label = label;
        this.expected = expected;
    }

    /** Shown to administrators, e.g. {@code Whole number}. */
    public String getLabel() {
        return label;
    }

    /** What a value of this kind looks like, for messages. */
    public String expected() {
        return expected;
    }

    public boolean isNumeric() {
        return this == WHOLE_NUMBER || this == DECIMAL;
    }

    /** The stored form of the text, or empty when it is not a value of this kind. */
    public Optional<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        return switch (this) {
            case TEXT -> value.length() <= MAX_LENGTH ? Optional.of(value) : Optional.empty();
            case WHOLE_NUMBER -> WHOLE.matcher(value).matches()
                    ? Optional.of(Integer.toString(Integer.parseInt(value))) : Optional.empty();
            case DECIMAL -> NUMBER.matcher(value).matches()
                    ? Optional.of(new BigDecimal(value).toPlainString()) : Optional.empty();
            case BOOLEAN -> booleanOf(value).map(String::valueOf);
            case TIMESCALE -> timescaleOf("", value).map(Timescale::getDescription);
            case SERVICE_AREA_CODE -> {
                String code = value.toUpperCase(Locale.ROOT);
                yield AREA_CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
            }
        };
    }

    private static Optional<Boolean> booleanOf(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Reads a timescale such as {@code 6 weeks} or {@code 10 working days}, giving it a name. */
    public static Optional<Timescale> timescaleOf(String name, String text) {
        Matcher m = TIMESCALE_TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Timescale.Unit u = unit.startsWith("working") ? Timescale.Unit.WORKING_DAYS
                : unit.startsWith("day") ? Timescale.Unit.DAYS
                : unit.startsWith("week") ? Timescale.Unit.WEEKS
                : Timescale.Unit.MONTHS;
        return Optional.of(new Timescale(name, amount, u));
    }
}
