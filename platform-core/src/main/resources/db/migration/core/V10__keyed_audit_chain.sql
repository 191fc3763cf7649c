-- The audit chain becomes keyed: every entry from now on carries an HMAC-SHA256 under the
-- deployment's audit key (harbour.audit.key) instead of a plain SHA-256, which anyone able to
-- write to the database could recompute. Entries already written keep scheme 0 and are checked by
-- the rule they were written under, but only up to the anchor: the first keyed entry, which the
-- instance running this migration appends at start-up over the last unkeyed hash. An unkeyed
-- entry after the anchor breaks the chain.
ALTER TABLE core_audit_entry ADD COLUMN hash_scheme SMALLINT NOT NULL DEFAULT 0;

-- The anchor's id, set with the anchor. Checkpoints outside the database name the anchor's hash.
ALTER TABLE core_audit_head ADD COLUMN anchor_id BIGINT;

-- What the latest verification found, signed with the audit key, for every instance's banner and
-- health report. One row, written by the anchoring and then by each finished verification.
CREATE TABLE core_audit_chain_state (
    id              INTEGER       NOT NULL PRIMARY KEY,
    checked_at      TIMESTAMP,
    scope           VARCHAR(20),
    checked_by      VARCHAR(80),
    intact          BOOLEAN,
    broken_entry_id BIGINT,
    problem         VARCHAR(1000),
    entries_checked BIGINT,
    mac             CHAR(64)
);
INSERT INTO core_audit_chain_state (id) VALUES (1);
