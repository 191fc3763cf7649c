package org.harbour.youthjustice.access.api;

import java.time.LocalDate;

/** The body of a change that happens on a day to a record read at a version: {@code {"on", "version"}}. */
public class DatedChange {

    private LocalDate on;
    private Long version;

    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
