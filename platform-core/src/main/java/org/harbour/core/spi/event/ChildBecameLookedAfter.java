package org.harbour.core.spi.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A looked-after period of the child was recorded (or an ended one reopened): from {@code startDate}
 * the child is looked after. The legal status and placement are on the period's episodes, recorded
 * with it or just after; read them through the case data if needed.
 */
public record ChildBecameLookedAfter(long personId, long periodId, LocalDate startDate) implements PersonEvent {

    public ChildBecameLookedAfter {
        Objects.requireNonNull(startDate, "startDate");
    }
}
