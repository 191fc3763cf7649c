package org.harbour.core.spi.module;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One dated entry of a child's chronology: what happened, of which category, and from where. */
public final class ChronologyEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final LocalDate date;
    private final String category;
    private final String title;
    private final String detail;
    private final String recordedBy;

    /**
     * @param category a short filterable category, e.g. {@code Referral}, {@code Visit}, {@code Case note}
     * @param detail   plain text, may be null; the page escapes it
     */
    public ChronologyEvent(String moduleId, LocalDate date, String category, String title, String detail,
                           String recordedBy) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.date = Objects.requireNonNull(date, "date");
        this.category = Objects.requireNonNull(category, "category");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = detail;
        this.recordedBy = recordedBy;
    }

    public String getModuleId() {
        return moduleId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
