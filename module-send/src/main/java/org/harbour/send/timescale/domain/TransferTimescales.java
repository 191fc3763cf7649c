package org.harbour.send.timescale.domain;

import java.time.LocalDate;

/**
 * A plan transferred between authorities when the family moves (SEND Regulations 2014, regulation
 * 15): the old authority transfers the plan on the day of the move, or within 15 working days of
 * learning of it when told less than 15 working days before; the new authority tells the family
 * within 6 weeks of the transfer whether it will carry out a new EHC needs assessment, and reviews
 * the plan by the later of 12 months after the last review (or the plan's start) and 3 months
 * after the transfer.
 */
public final class TransferTimescales {

    public static final int NOTICE_WORKING_DAYS = 15;
    public static final int REASSESS_DECISION_WEEKS = 6;
    public static final int REVIEW_AFTER_TRANSFER_MONTHS = 3;

    private TransferTimescales() {
    }

    /** The new authority's decision whether to reassess is due 6 weeks after the transfer. */
    public static LocalDate reassessDecisionDue(LocalDate transferredOn) {
        return transferredOn.plusWeeks(REASSESS_DECISION_WEEKS);
    }

    /** The first review in the new authority: the later of 12 months after the last review and 3 months after the transfer. */
    public static LocalDate reviewDueAfterTransfer(LocalDate lastReviewOrStart, LocalDate transferredOn) {
        LocalDate annual = ReviewTimescales.nextReviewDue(lastReviewOrStart);
        LocalDate afterTransfer = transferredOn.plusMonths(REVIEW_AFTER_TRANSFER_MONTHS);
        return annual.isAfter(afterTransfer) ? annual : afterTransfer;
    }

    /**
     * The day the old authority must transfer the plan: the day of the move, or, when it learnt of
     * the move less than 15 working days before it, 15 working days (Monday to Friday) after it learnt.
     * Bank holidays are not known here and are counted as working days, which errs early.
     */
    public static LocalDate transferDue(LocalDate moveOn, LocalDate learntOn) {
        LocalDate noticeEnds = plusWorkingDays(learntOn, NOTICE_WORKING_DAYS);
        return noticeEnds.isAfter(moveOn) ? noticeEnds : moveOn;
    }

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d;
    }
}
