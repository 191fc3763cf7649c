package org.harbour.core.audit.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the latest recorded verification of the audit chain found, as pages and health show it. */
public final class ChainStatus {

    public enum Kind {
        /** No verification has finished yet. */
        NOT_YET_CHECKED,
        INTACT,
        BROKEN,
        /** The recorded result does not match its signature: someone rewrote it in the database. */
        RESULT_ALTERED
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final Instant checkedAt;
    private final String scope;
    private final String checkedBy;
    private final Long brokenEntryId;
    private final String problem;

    ChainStatus(Kind kind, Instant checkedAt, String scope, String checkedBy, Long brokenEntryId, String problem) {
        this.kind = kind;
        this.checkedAt = checkedAt;
        this.scope = scope;
        this.checkedBy = checkedBy;
        this.brokenEntryId = brokenEntryId;
        this.problem = problem;
    }

    public Kind getKind() {
        return kind;
    }

    /** A break is raised: found by a verification, or the record of one was tampered with. */
    public boolean isBroken() {
        return kind == Kind.BROKEN || kind == Kind.RESULT_ALTERED;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedAtUtc() {
        return checkedAt == null ? "" : UTC.format(checkedAt);
    }

    /** {@code FULL} or {@code SINCE_CHECKPOINT}; null before the first verification. */
    public String getScope() {
        return scope;
    }

    /** The username who ran it from the audit trail page, or {@code system} for the scheduled check. */
    public String getCheckedBy() {
        return checkedBy;
    }

    public Long getBrokenEntryId() {
        return brokenEntryId;
    }

    public String getProblem() {
        return problem;
    }

    /** One line for a banner or a health report. */
    public String getSummary() {
        return switch (kind) {
            case NOT_YET_CHECKED -> "Not verified yet";
            case INTACT -> "Intact when last verified (" + getCheckedAtUtc() + ")";
            case BROKEN -> (brokenEntryId == null ? "Broken: " : "Broken at entry " + brokenEntryId + ": ") + problem
                    + " (found " + getCheckedAtUtc() + ")";
            case RESULT_ALTERED -> "The recorded result of the last verification was altered in the database";
        };
    }
}
