package org.harbour.continuingcare.dsr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;

/**
 * A child on the register has a multi-agency review at least every {@code dsr-review-weeks}
 * weeks (module setting, 12 by default); a child never reviewed is due from the day they were added.
 */
@ApplicationScoped
public class RegisterReviewRule {

    public static final String REVIEW_WEEKS = "dsr-review-weeks";
    private static final int DEFAULT_WEEKS = 12;

    @Inject
    private ModuleSettings settings;

    public int weeks() {
        return settings.value("continuing-care", REVIEW_WEEKS).map(v -> {
            try {
                int weeks = Integer.parseInt(v.trim());
                return weeks > 0 ? weeks : DEFAULT_WEEKS;
            } catch (NumberFormatException e) {
                return DEFAULT_WEEKS;
            }
        }).orElse(DEFAULT_WEEKS);
    }

    /** When the next review is due, or null for an entry that has left the register. */
    public LocalDate nextDue(RegisterEntry e) {
        if (!e.isOpen()) {
            return null;
        }
        return nextDue(e.getLastReviewOn(), e.getAddedOn(), weeks());
    }

    static LocalDate nextDue(LocalDate lastReview, LocalDate addedOn, int weeks) {
        return lastReview != null ? lastReview.plusWeeks(weeks) : addedOn;
    }
}
