package org.harbour.continuingcare.dsr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.continuingcare.dsr.domain.RegisterReviewSchedule;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;

/** The register's review schedule as the council has set it (module setting {@code dsr-review-weeks}). */
@ApplicationScoped
public class RegisterReviewRule {

    public static final String REVIEW_WEEKS = "dsr-review-weeks";

    @Inject
    private ModuleSettings settings;

    public RegisterReviewSchedule schedule() {
        return RegisterReviewSchedule.fromSetting(settings.value("continuing-care", REVIEW_WEEKS).orElse(null));
    }

    public int weeks() {
        return schedule().getWeeks();
    }

    /** When the next review is due, or null for an entry that has left the register. */
    public LocalDate nextDue(RegisterEntry e) {
        return schedule().nextDue(e);
    }
}
