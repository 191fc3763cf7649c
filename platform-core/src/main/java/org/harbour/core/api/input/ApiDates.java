package org.harbour.core.api.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The dates the API accepts: {@code YYYY-MM-DD}, a real day, within the years a children's record can
 * concern. {@code LocalDate} itself reaches year 999,999,999, which no database column holds and which
 * overflows the timescale arithmetic; refusing such dates at the door keeps every service safe from them.
 */
public final class ApiDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    public static final String EXPECTED = "Write the date as YYYY-MM-DD: a real day from " + EARLIEST + " to " + LATEST + ".";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ApiDates() {
    }

    /** The date written; a {@link DateTimeParseException} when it is not a real day in the accepted range. */
    public static LocalDate parse(String text) {
        String value = text == null ? "" : text.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw new DateTimeParseException("Not a YYYY-MM-DD date", value, 0);
        }
        LocalDate date = LocalDate.parse(value, STRICT);
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DateTimeParseException("Outside " + EARLIEST + " to " + LATEST, value, 0);
        }
        return date;
    }

    /** Whether the text is a date {@link #parse} accepts. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
