package org.harbour.send.timescale.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The national curriculum year group in England a child is in on a day: the school year starts on
 * 1 September and a child is placed by their age on the 31 August before it, Reception at 4,
 * Year 1 at 5, up to Year 13 at 17 (Year 9 at 13, so a child born on 1 September is the oldest of
 * their year and one born on 31 August the youngest). Beyond Year 13 the count goes on (14 for a
 * young person of 18 at the start of the school year), for young people in education up to 25.
 */
public final class SchoolYear {

    public static final int RECEPTION = 0;
    /** From Year 9 every annual review looks at preparing for adulthood (SEND Code of Practice 8.9). */
    public static final int PREPARING_FOR_ADULTHOOD_FROM = 9;
    private static final int AGE_IN_RECEPTION = 4;

    private SchoolYear() {
    }

    /** The year group on the day: 0 for Reception, negative before it. */
    public static int of(LocalDate dateOfBirth, LocalDate day) {
        int startYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        LocalDate lastAugust = LocalDate.of(startYear, 8, 31);
        return Period.between(dateOfBirth, lastAugust).getYears() - AGE_IN_RECEPTION;
    }

    /** Whether the child is in Year 9 or above on the day, so preparing for adulthood is part of the review. */
    public static boolean preparingForAdulthood(LocalDate dateOfBirth, LocalDate day) {
        return dateOfBirth != null && of(dateOfBirth, day) >= PREPARING_FOR_ADULTHOOD_FROM;
    }

    /** How a year group is said: Reception, Year 9, and past Year 13 the young person's age instead. */
    public static String label(int year) {
        if (year < RECEPTION) {
            return "Before Reception";
        }
        if (year == RECEPTION) {
            return "Reception";
        }
        return year <= 13 ? "Year " + year : "Beyond Year 13, aged " + (year + AGE_IN_RECEPTION) + " at the start of the school year";
    }
}
