/**
 * Events about the case spine that a module may observe with CDI: a child became looked after
 * ({@link org.harbour.core.spi.event.ChildBecameLookedAfter}) or left care
 * ({@link org.harbour.core.spi.event.ChildLeftCare}), a child in need or child protection plan
 * started or ended ({@link org.harbour.core.spi.event.PlanStarted},
 * {@link org.harbour.core.spi.event.PlanEnded}), a person's details changed
 * ({@link org.harbour.core.spi.event.PersonDetailsChanged}). Each is a
 * {@link org.harbour.core.spi.event.PersonEvent}, naming the person it is about.
 *
 * <p>Payloads are immutable records of ids, dates and DfE codes, never names: an observer that
 * needs more reads it through the published API with its own checks.
 *
 * <p>Core fires each event inside the transaction that makes the change. <b>Observe them after the
 * change commits</b>, so that a change rolled back is never seen:
 *
 * <pre>{@code
 * void onLookedAfter(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChildBecameLookedAfter event) { ... }
 * }</pre>
 *
 * A plain {@code @Observes} would run inside core's transaction, before it commits, and could see
 * (and act on) a change that is then rolled back, or make core's change fail with its own.
 * An {@code AFTER_SUCCESS} observer runs on the same thread once the commit succeeded, as the
 * member of staff who made the change, outside any transaction: work it does that needs one opens
 * its own (a {@code @Transactional} service), and a failure there does not undo core's change.
 * Events fire for changes made through pages, the REST API and {@code org.harbour.core.spi.record}
 * alike; a change that does not alter the state (saving a plan without ending it) fires nothing.
 */
package org.harbour.core.spi.event;
