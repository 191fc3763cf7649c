package org.harbour.send.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** En-GB dates for messages; pages format their own with a converter. */
final class Dates {

    private static final DateTimeFormatter EN_GB = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String show(LocalDate day) {
        return day == null ? "" : day.format(EN_GB);
    }
}
