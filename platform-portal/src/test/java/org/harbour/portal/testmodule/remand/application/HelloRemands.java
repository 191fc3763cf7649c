package org.harbour.portal.testmodule.remand.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.record.CloseLookedAfterPeriod;
import org.harbour.core.spi.record.LookedAfterPeriods;
import org.harbour.core.spi.record.OpenLookedAfterPeriod;
import org.harbour.core.spi.record.OpenedPeriod;

import java.time.LocalDate;

/**
 * The hello module's stand-in for youth justice's remands: a remand to local authority
 * accommodation makes the child looked after with legal status J1, recorded through core's
 * narrow write service; the remand ending closes the period with reason E14.
 */
@ApplicationScoped
@Transactional
@Requires("hello:access")
public class HelloRemands {

    static final String REMANDED = "J1";
    static final String REMAND_ENDED = "E14";

    @Inject
    private LookedAfterPeriods periods;

    public OpenedPeriod remand(long personId, LocalDate from, String placementType, String provider) {
        return periods.open(new OpenLookedAfterPeriod(personId, from, REMANDED, placementType, provider, null));
    }

    public void endRemand(long personId, long periodId, LocalDate on) {
        periods.close(new CloseLookedAfterPeriod(personId, periodId, on, REMAND_ENDED));
    }
}
