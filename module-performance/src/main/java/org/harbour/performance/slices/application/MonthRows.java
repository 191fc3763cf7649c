package org.harbour.performance.slices.application;

import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.slices.domain.ChildFacts;

/** One indicator's rows for one month and the facts its children are sliced by, read together. */
public record MonthRows(CountedIndicator indicator, Tally tally, ChildFacts facts) {
}
