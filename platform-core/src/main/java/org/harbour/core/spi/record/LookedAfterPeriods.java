package org.harbour.core.spi.record;

/**
 * Opens and closes a child's looked-after period for a module whose work makes a child looked
 * after: youth justice records a remand to local authority accommodation (legal status {@code J1}).
 * The period is core's, the same as one recorded on the child's Involvements tab: the SSDA903 return,
 * the scorecard and the child's record all see it, and the events of
 * {@link org.harbour.core.spi.event} fire after it commits.
 *
 * <p>The caller is a signed-in member of staff whose role grants {@code core:records} and who may
 * reach the child's record (refused: 403 / 404, audited). Codes are checked against the SSDA903
 * lists and dates against the child's other periods and episodes; what is wrong is refused with
 * {@link org.harbour.core.spi.error.InvalidInputException} naming the field (400) or, for a child
 * already looked after, {@link org.harbour.core.spi.error.RuleRefusedException} (409). Nothing is
 * saved when anything is refused. What is saved is audited on the child's record. Only ids come back.
 */
public interface LookedAfterPeriods {

    /** Records the period and its first placement episode (reason for new episode {@code S}). */
    OpenedPeriod open(OpenLookedAfterPeriod request);

    /** Ends the period and its open episode on the day given, with the SSDA903 reason ceased. */
    void close(CloseLookedAfterPeriod request);
}
