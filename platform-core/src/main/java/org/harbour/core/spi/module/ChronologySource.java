package org.harbour.core.spi.module;

import java.util.List;

/**
 * Contributes events to a child's chronology: core's involvements and activities are sources,
 * and so is every module that records something about a child. The record page merges all
 * sources into one timeline, showing a module's events only to staff who may use the module.
 */
public interface ChronologySource {

    /** Module id of the contributor, or {@code core}. */
    String moduleId();

    /** Events about the person, in any order; the caller has already checked the right to the record. */
    List<ChronologyEvent> eventsFor(long personId);
}
