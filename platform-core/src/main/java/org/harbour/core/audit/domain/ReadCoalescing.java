package org.harbour.core.audit.domain;


import org.harbour.core.audit.domain.AuditEvent.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns pending entries into the entries to chain, in the same order, with the reads one request
 * made of one record under one action made into one entry (a page that lists a child's involvements
 * and then opens two of them reads the record three times under {@code INVOLVEMENT_VIEW}). The
 * merged entry stands where the first read stood and names every read in its detail. Reads are
 * merged only across other reads of the same request: anything else that request recorded in
 * between (a change, a refusal) closes them, so the request's own order is kept. Entries outside a
 * request, changes, refusals and failures are chained as recorded.
 */
public final class ReadCoalescing {

    /** Marks the detail of an entry that stands for several reads. */
    static final String MERGED_PREFIX = "Read ";

    private ReadCoalescing() {
    }

    /** One entry to chain, and which pending rows it stands for. */
    public record Chained(AuditEvent event, Instant occurredAt, List<Long> pendingIds) {
    }

    /** Whether the entry is a read of one record that another read of it in the same request may join. */
    static boolean mergeable(PendingEntry entry) {
        AuditEvent e = entry.event();
        return entry.requestRef() != null && e.outcome() == Outcome.SUCCESS && e.recordType() != null
                && e.recordId() != null && e.action().endsWith("_VIEW");
    }

    public static List<Chained> coalesce(List<PendingEntry> pending) {
        List<Group> ordered = new ArrayList<>();
        Map<String, Map<Key, Group>> openByRequest = new HashMap<>();
        for (PendingEntry entry : pending) {
            if (!mergeable(entry)) {
                if (entry.requestRef() != null) {
                    openByRequest.remove(entry.requestRef());
                }
                ordered.add(new Group(entry));
                continue;
            }
            Map<Key, Group> open = openByRequest.computeIfAbsent(entry.requestRef(), r -> new HashMap<>());
            Key key = Key.of(entry.event());
            Group group = open.get(key);
            if (group == null) {
                group = new Group(entry);
                open.put(key, group);
                ordered.add(group);
            } else {
                group.add(entry);
            }
        }
        return ordered.stream().map(Group::chained).toList();
    }

    private record Key(String actor, String action, String recordType, String recordId, String sourceAddress) {
        static Key of(AuditEvent e) {
            return new Key(e.actor(), e.action(), e.recordType(), e.recordId(), e.sourceAddress());
        }
    }

    private static final class Group {
        private final List<PendingEntry> entries = new ArrayList<>();

        Group(PendingEntry first) {
            entries.add(first);
        }

        void add(PendingEntry entry) {
            entries.add(entry);
        }

        Chained chained() {
            PendingEntry first = entries.get(0);
            List<Long> ids = entries.stream().map(PendingEntry::id).toList();
            if (entries.size() == 1) {
                return new Chained(first.event(), first.occurredAt(), ids);
            }
            AuditEvent e = first.event();
            List<String> details = entries.stream().map(p -> p.event().detail()).filter(Objects::nonNull)
                    .distinct().toList();
            String detail = MERGED_PREFIX + entries.size() + " times in one request"
                    + (details.isEmpty() ? "" : ": " + String.join("; ", details));
            return new Chained(new AuditEvent(e.actor(), e.action(), e.recordType(), e.recordId(), e.outcome(),
                    e.sourceAddress(), detail), first.occurredAt(), ids);
        }
    }
}
