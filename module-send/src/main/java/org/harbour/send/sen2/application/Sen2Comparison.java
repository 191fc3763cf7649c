package org.harbour.send.sen2.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.sen2.domain.Sen2Counts;

import java.util.List;

/** SEN2 for a census year beside the year before, table by table, for the analyst making the return. */
@ApplicationScoped
@Transactional(dontRollbackOn = ActionRefusedException.class)
@Requires(SendPermissions.ACCESS)
public class Sen2Comparison {

    public static final String VIEW = "SEND_SEN2_COMPARISON";

    @Inject
    private Sen2Return sen2;

    @Inject
    private SendAccess access;

    /** The comparison of the census year given (e.g. 2026) with the one before; the current one when none is given. */
    public Comparison compare(String censusYear) {
        access.requirePermission(SendPermissions.RETURN, VIEW, "module", "send");
        String year = censusYear == null || censusYear.isBlank() ? Integer.toString(access.today().getYear()) : censusYear.strip();
        if (!year.matches("\\d{4}")) {
            throw new InvalidInputException("year", "Give the census year, such as 2026.");
        }
        ReturnPeriod current = period(year);
        ReturnPeriod previous = period(Integer.toString(Integer.parseInt(year) - 1));
        List<Sen2Counts.Row> rows = Sen2Counts.compare(Sen2Counts.of(sen2.persons(current)), Sen2Counts.of(sen2.persons(previous)));
        access.success(VIEW, "module", "send", "SEN2 " + year + " compared with " + previous.label());
        return new Comparison(current.label(), previous.label(), rows);
    }

    private ReturnPeriod period(String year) {
        return sen2.definition().periodRule().period(year);
    }

    /** The two census years and each table's counts. */
    public record Comparison(String year, String previousYear, List<Sen2Counts.Row> tables) {
    }
}
