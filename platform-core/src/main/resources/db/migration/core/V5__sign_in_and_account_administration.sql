-- Sign-in hardening and account administration: forced password change, who last changed an
-- account or role (for optimistic-locking messages), and a sign-in record per attempted username.

ALTER TABLE core_staff_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE core_staff_user ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE core_staff_user ADD COLUMN updated_by VARCHAR(80);
ALTER TABLE core_staff_user ADD COLUMN updated_at TIMESTAMP;

ALTER TABLE core_role ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE core_role ADD COLUMN updated_by VARCHAR(80);
ALTER TABLE core_role ADD COLUMN updated_at TIMESTAMP;

ALTER TABLE core_service_area ADD COLUMN updated_by VARCHAR(80);
ALTER TABLE core_service_area ADD COLUMN updated_at TIMESTAMP;

-- Keyed by the username typed, whether or not such an account exists: unknown names are
-- counted and locked exactly like real ones, so the login page never reveals which exist.
-- In the database rather than in memory, so every instance of a cluster sees the same count.
CREATE TABLE core_sign_in_record (
    username        VARCHAR(80) NOT NULL PRIMARY KEY,
    failed_attempts INTEGER     NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    last_failure_at TIMESTAMP,
    last_success_at TIMESTAMP,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX core_sign_in_failure_ix ON core_sign_in_record (last_failure_at);
