package org.harbour.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times on pages as people in England read them ({@code 01/03/2026 14:05}), for values
 * f:convertDateTime cannot take (an {@link Instant}) or text it cannot reach (a link's or an option's label).
 * Pages of core and of modules use it as {@code #{enGb.dateTime(...)}} and {@code #{enGb.date(...)}}.
 */
@Named("enGb")
@ApplicationScoped
public class EnGbDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(UK);

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** UK local time, summer time included. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
