/**
 * Read-only, set-based facts about families for modules that work with parents whose children
 * were removed from their care (Pause): which women are linked as mothers to which children, and
 * the court orders in those children's looked-after periods (care order, placement order,
 * adoption). Ids, dates and SSDA903 codes only; names come from {@code spi.people} after the
 * caller's own need-to-know check. Nothing here checks access or audits: the calling module's
 * service does both before it shows anything.
 */
package org.harbour.core.spi.family;
