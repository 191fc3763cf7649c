/**
 * Read-only, set-based queries over the case spine (involvements, placement episodes, activities,
 * allocations, persons) for modules that count across the whole population: the performance
 * scorecard and the statutory returns. Each query reads one date window in one statement and
 * returns small immutable rows; nothing here is per child, nothing writes, and no row carries a
 * name except {@link CaseDataQueries#children}, which callers use only after their own need-to-know
 * check.
 */
package org.harbour.core.spi.casedata;


