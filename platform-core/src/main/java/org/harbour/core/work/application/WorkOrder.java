package org.harbour.core.work.application;

import org.harbour.core.spi.module.WorkItem;

import java.util.Comparator;

/** How My work is sorted, as named in its address ({@code ?sort=due}). Unknown values fall back to urgency. */
public enum WorkOrder {
    URGENCY("urgency", "Most urgent first (by child)", false),
    DUE("due", "Due date, earliest first", true),
    KIND("kind", "Kind of work", true),
    CHILD("child", "Child's name", false);

    private static final Comparator<WorkItem> BY_DUE = Comparator.comparing(WorkItem::getDueOn)
            .thenComparing(WorkItem::getTitle);

    private final String parameter;
    private final String label;
    private final boolean flat;

    WorkOrder(String parameter, String label, boolean flat) {
        this.parameter = parameter;
        this.label = label;
        this.flat = flat;
    }

    public static WorkOrder parse(String value) {
        for (WorkOrder o : values()) {
            if (o.parameter.equals(value)) {
                return o;
            }
        }
        return URGENCY;
    }

    public String getParameter() {
        return parameter;
    }

    public String getLabel() {
        return label;
    }

    public boolean isFlat() {
        return flat;
    }

    /** The order of the single table: by due date, or by kind then due date; ties by child. */
    public Comparator<ChildItem> comparator() {
        Comparator<ChildItem> due = Comparator.comparing(ChildItem::getItem, BY_DUE);
        Comparator<ChildItem> byChild = Comparator.comparing((ChildItem c) -> c.getChild().getChildName())
                .thenComparing(c -> c.getChild().getPersonId());
        return this == KIND
                ? Comparator.comparing((ChildItem c) -> c.getItem().getKind(), String.CASE_INSENSITIVE_ORDER).thenComparing(due).thenComparing(byChild)
                : due.thenComparing(byChild);
    }
}
