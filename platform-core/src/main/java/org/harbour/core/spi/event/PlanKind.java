package org.harbour.core.spi.event;

/**
 * The plans core records for a child: a child in need plan and a child protection plan. (A
 * looked-after period has events of its own; pathway plans are not yet recorded by core.)
 */
public enum PlanKind { CHILD_IN_NEED, CHILD_PROTECTION }
