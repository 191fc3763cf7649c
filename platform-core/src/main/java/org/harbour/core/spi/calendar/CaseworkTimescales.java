package org.harbour.core.spi.calendar;

import java.util.Optional;

/**
 * How often statutory visits and case supervision are due in this council (settings
 * {@code harbour.timescales.visit.<type>} and {@code harbour.timescales.supervision}).
 */
public interface CaseworkTimescales {

    /** The timescale of a visit type by its code (as in case data), empty for a visit that counts towards none. */
    Optional<Timescale> visit(String visitTypeCode);

    Timescale supervision();
}
