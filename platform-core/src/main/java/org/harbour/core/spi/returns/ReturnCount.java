package org.harbour.core.spi.returns;

/**
 * A headline count of a run (e.g. "Children", "Episodes"), kept with the run so that a later run is
 * compared with the previous period's: a large change is the first sign of records gone astray.
 */
public record ReturnCount(String name, long value) {

    public ReturnCount {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("A count is named in 1 to 80 characters");
        }
    }
}
