package org.harbour.youthjustice.access.application;

import org.harbour.core.spi.module.WorkItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * My work asks for what is due over a whole caseload; the ids go to the database in chunks so that
 * no query carries more parameters than a database accepts in one IN list.
 */
public final class CaseloadChunks {

    static final int SIZE = 500;

    private CaseloadChunks() {
    }

    /** The work items of every record {@code owed} finds for the people, chunk by chunk, in the order found. */
    public static <T> List<WorkItem> workItems(Collection<Long> personIds, Function<List<Long>, List<T>> owed,
                                               Function<T, WorkItem> item) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += SIZE) {
            owed.apply(ids.subList(i, Math.min(ids.size(), i + SIZE))).forEach(record -> items.add(item.apply(record)));
        }
        return items;
    }
}
