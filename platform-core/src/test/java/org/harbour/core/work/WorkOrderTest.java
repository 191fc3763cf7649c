package org.harbour.core.work;

import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.work.application.ChildItem;
import org.harbour.core.work.application.WorkOrder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkOrderTest {

    private static final CaseloadItem AMY_1 = child(11, "Amy Brown");
    private static final CaseloadItem AMY_2 = child(12, "Amy Brown");
    private static final CaseloadItem ZOE = child(13, "Zoe Adams");

    @Test
    void unknownOrMissingSortsFallBackToUrgency() {
        assertEquals(WorkOrder.URGENCY, WorkOrder.parse(null));
        assertEquals(WorkOrder.URGENCY, WorkOrder.parse("<script>"));
        assertEquals(WorkOrder.DUE, WorkOrder.parse("due"));
    }

    @Test
    void byDueDateEarliestFirstAndTwoChildrenOfOneNameByTheirId() {
        ChildItem late = new ChildItem(ZOE, item(13, "CP visit due", LocalDate.of(2026, 12, 20)));
        ChildItem amy2 = new ChildItem(AMY_2, item(12, "CP visit due", LocalDate.of(2026, 12, 3)));
        ChildItem amy1 = new ChildItem(AMY_1, item(11, "CP visit due", LocalDate.of(2026, 12, 3)));
        assertEquals(List.of(amy1, amy2, late),
                List.of(late, amy2, amy1).stream().sorted(WorkOrder.DUE.comparator()).toList());
    }

    @Test
    void byKindThenDueDate() {
        ChildItem visit = new ChildItem(ZOE, item(13, "CP visit due", LocalDate.of(2026, 12, 1)));
        ChildItem supervisionLate = new ChildItem(AMY_1, item(11, "Case supervision due", LocalDate.of(2026, 12, 20)));
        ChildItem supervisionSoon = new ChildItem(ZOE, item(13, "Case supervision due", LocalDate.of(2026, 12, 2)));
        assertEquals(List.of(supervisionSoon, supervisionLate, visit),
                List.of(visit, supervisionLate, supervisionSoon).stream().sorted(WorkOrder.KIND.comparator()).toList());
    }

    private static CaseloadItem child(long id, String name) {
        return new CaseloadItem(id * 10, id, name, LocalDate.of(2015, 1, 1), 11, "Child in need", "Family Safeguarding",
                LocalDate.of(2026, 1, 1));
    }

    private static WorkItem item(long person, String title, LocalDate due) {
        return new WorkItem("core", person, title, due, false, null);
    }
}
