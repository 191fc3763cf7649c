package org.harbour.core.recordsummary.application;

import org.harbour.core.spi.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When the next statutory review of a child's plan is due (Working Together to Safeguard Children;
 * the Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33).
 * <ul>
 *   <li>Child protection: the first review conference within 3 months of the initial conference,
 *   then within 6 months of the previous review.</li>
 *   <li>Looked after: the first review within 20 working days of the child becoming looked after,
 *   the second within 3 months of the first, then within 6 months of the previous one.</li>
 * </ul>
 * "Within n months" ends on the same day of the month, or on the month's last day where it has no
 * such day (3 months from 30 November is 28 or 29 February).
 */
public final class ReviewDueDates {

    public static final int FIRST_LA_REVIEW_WORKING_DAYS = 20;
    public static final int FIRST_CP_REVIEW_MONTHS = 3;
    public static final int SECOND_LA_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    private final WorkingDayCalendar calendar;

    public ReviewDueDates(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param initialConference the date of the initial child protection conference (the plan's start)
     * @param reviewsHeld       review conferences held on this plan, in any order
     */
    public Due childProtection(LocalDate initialConference, List<LocalDate> reviewsHeld) {
        List<LocalDate> held = heldSince(initialConference, reviewsHeld);
        if (held.isEmpty()) {
            return new Due(initialConference.plusMonths(FIRST_CP_REVIEW_MONTHS), 1);
        }
        return new Due(held.get(held.size() - 1).plusMonths(LATER_REVIEW_MONTHS), held.size() + 1);
    }

    /**
     * @param becameLookedAfter the first day of the looked-after period
     * @param reviewsHeld       looked-after reviews held in this period, in any order
     */
    public Due lookedAfter(LocalDate becameLookedAfter, List<LocalDate> reviewsHeld) {
        List<LocalDate> held = heldSince(becameLookedAfter, reviewsHeld);
        if (held.isEmpty()) {
            return new Due(calendar.addWorkingDays(becameLookedAfter, FIRST_LA_REVIEW_WORKING_DAYS), 1);
        }
        LocalDate last = held.get(held.size() - 1);
        int months = held.size() == 1 ? SECOND_LA_REVIEW_MONTHS : LATER_REVIEW_MONTHS;
        return new Due(last.plusMonths(months), held.size() + 1);
    }

    /** Reviews on or after the start; one held before the plan began belongs to an earlier plan. */
    private static List<LocalDate> heldSince(LocalDate start, List<LocalDate> reviews) {
        Objects.requireNonNull(start, "start");
        return reviews.stream().filter(Objects::nonNull).filter(d -> !d.isBefore(start)).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * The date the next review is due by and which review it is (1 for the first). Serialisable: the record page
     * keeps it in its summary, and the page's view is saved with the session.
     */
    public record Due(LocalDate dueOn, int number) implements java.io.Serializable {

        public boolean isOverdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }

        /** E.g. "first", "second", "3rd". */
        public String ordinal() {
            return switch (number) {
                case 1 -> "first";
                case 2 -> "second";
                case 3 -> "third";
                default -> number + "th";
            };
        }
    }
}
