package org.harbour.core.spi.returns;

import java.util.List;

/**
 * A statutory return a module contributes as a CDI bean (SSDA903, the CIN census, SEN2, the YJB
 * case-level data...). The module knows the return's shape and rules; core runs it for a period as
 * a named member of staff, checks the permission the module names (and that the module is switched
 * on for one of the user's service areas), keeps every file with its SHA-256 and every message, and
 * audits each run and download.
 *
 * <p>Both methods are called inside the run's transaction, as the user who asked for the run, so a
 * module reads through its own application services and core's published API as usual. They
 * must not write: a run records nothing but itself.
 */
public interface StatutoryReturn {

    /** Names the return and says who may run it and for which periods. */
    ReturnDefinition definition();

    /** The files of the return for the period, in the order the recipient expects them. */
    List<ReturnFile> produce(ReturnPeriod period);

    /**
     * The checks of the return's validator over the files just produced: one message per broken
     * rule and record, naming the child and the field, with a link to the page that fixes it.
     */
    List<ValidationMessage> validate(ReturnPeriod period, List<ReturnFile> files);

    /**
     * Produces and validates in one go; what core calls for a run. A return whose files and checks
     * are built from the same records overrides it to read them once.
     */
    default ReturnOutput run(ReturnPeriod period) {
        List<ReturnFile> files = produce(period);
        return new ReturnOutput(files, validate(period, files));
    }
}
