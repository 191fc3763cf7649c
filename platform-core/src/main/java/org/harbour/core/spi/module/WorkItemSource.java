package org.harbour.core.spi.module;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Contributes what is due about children to "My work" and the team view: core's statutory
 * timescales (assessments, conferences, visits) are sources, and so are modules (reviews due,
 * panel deadlines). Items of a module are shown only to staff who may use the module.
 */
public interface WorkItemSource {

    /** Module id of the contributor, or {@code core}. */
    String moduleId();

    /**
     * What is open and has a due date for these children (due soon, due later or overdue).
     *
     * @param personIds children the caller may see, never empty
     * @param today     the day to judge "overdue" against
     */
    List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today);
}
