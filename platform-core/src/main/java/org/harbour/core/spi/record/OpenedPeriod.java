package org.harbour.core.spi.record;

/** The ids of a looked-after period just opened and of its first placement episode. */
public record OpenedPeriod(long periodId, long episodeId) {
}
