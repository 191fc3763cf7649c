package org.harbour.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the latest verification of the audit chain found, shared by every instance so each can
 * raise a break that another found. Signed with the audit key: a row rewritten in the database to
 * say "intact" no longer matches its signature and reads as altered.
 */
@Entity
@Table(name = "core_audit_chain_state")
public class ChainState {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(length = 20)
    private String scope;

    @Column(name = "checked_by", length = 80)
    private String checkedBy;

    private Boolean intact;

    @Column(name = "broken_entry_id")
    private Long brokenEntryId;

    @Column(length = 1000)
    private String problem;

    @Column(name = "entries_checked")
    private Long entriesChecked;

    @Column(length = 64)
    private String mac;

    protected ChainState() {
    }

    public ChainState(int id) {
        this.id = id;
    }

    /** Replaces what is recorded with a new finding, signed. */
    public void record(Instant at, String scope, String by, boolean intact, Long brokenEntryId, String problem,
                       long entriesChecked, ChainKey key) {
        this.checkedAt = at.truncatedTo(ChronoUnit.MILLIS);
        this.scope = scope;
        this.checkedBy = clip(by, 80);
        this.intact = intact;
        this.brokenEntryId = brokenEntryId;
        this.problem = clip(problem, 1000);
        this.entriesChecked = entriesChecked;
        this.mac = key.signState(text());
    }

    /** Whether the row is as Harbour signed it. */
    public boolean isSignedBy(ChainKey key) {
        return checkedAt != null && ChainKey.same(key.signState(text()), mac);
    }

    private String text() {
        return String.join("|", "v1", String.valueOf(id),
                String.valueOf(checkedAt == null ? null : checkedAt.toEpochMilli()), field(scope), field(checkedBy),
                String.valueOf(intact), String.valueOf(brokenEntryId), String.valueOf(entriesChecked), field(problem));
    }

    /** Text fields carry their length, so none can borrow a separator from the next. */
    private static String field(String value) {
        return value == null ? "-" : value.length() + ":" + value;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getScope() {
        return scope;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public boolean isIntact() {
        return Boolean.TRUE.equals(intact);
    }

    public Long getBrokenEntryId() {
        return brokenEntryId;
    }

    public String getProblem() {
        return problem;
    }

    public long getEntriesChecked() {
        return entriesChecked == null ? 0 : entriesChecked;
    }
}
