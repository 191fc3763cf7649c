/**
 * Narrow write services for the few core facts a module must create itself. The case spine
 * (persons, involvements, placement episodes) belongs to core; a module never writes its tables or
 * entities, but where its own work is also a core fact it asks one of these services, behind an
 * interface implemented in core:
 * <ul>
 *   <li>{@link org.harbour.core.spi.record.LookedAfterPeriods}: open a looked-after period with
 *   its legal status and first placement, and close it (a remand to local authority accommodation
 *   makes a child looked after, legal status {@code J1}).</li>
 * </ul>
 * Each service checks the caller as the pages do (permission, reach of the child's record), checks
 * the codes and dates as the pages do, audits on the child's record, takes part in the caller's
 * transaction (so a module's own record and core's fact commit or roll back together), fires the
 * events of {@link org.harbour.core.spi.event} and returns ids only.
 */
package org.harbour.core.spi.record;
