package org.harbour.performance.drilldown.domain;

import org.harbour.core.spi.casedata.ChildCaseholderRow;
import org.harbour.performance.indicators.domain.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Puts the rows behind a figure together: each counted item with its child's name, date of birth,
 * team and worker, and whether the user may open the record. Every item is listed, so the rows add
 * up to the numerator and the denominator.
 */
public final class CountedRows {

    private CountedRows() {
    }

    /**
     * @param items     what the indicator counted, one per row
     * @param children  the counted children, by person id
     * @param reachable whether the user may open a child's record
     * @param ofEvents  whether the measure counts events (listed by child, then date) or children
     *                  (counted ones first, then by name)
     */
    public static List<CountedRow> of(List<Item> items, Map<Long, ChildCaseholderRow> children, LongPredicate reachable,
                                      boolean ofEvents) {
        List<CountedRow> rows = new ArrayList<>(items.size());
        for (Item item : items) {
            ChildCaseholderRow child = item.personId() == null ? null : children.get(item.personId());
            rows.add(new CountedRow(item.personId(), child == null ? null : child.givenName() + " " + child.familyName(),
                    child == null ? null : child.dateOfBirth(), item.what(), item.date(), item.due(), item.outcome(),
                    item.numerator(), item.inDenominator(), child == null ? null : child.team(),
                    child == null ? null : child.worker(),
                    item.personId() != null && reachable.test(item.personId())));
        }
        Comparator<CountedRow> byName = Comparator.comparing(CountedRow::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CountedRow::personId, Comparator.nullsLast(Comparator.naturalOrder()));
        rows.sort(ofEvents
                ? byName.thenComparing(CountedRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(CountedRow::isCounted).reversed().thenComparing(byName));
        return rows;
    }
}
