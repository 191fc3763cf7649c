-- Scheduled jobs run once per cluster: an instance runs a job only while it holds the job's lease.
CREATE TABLE core_job_lease (
    job_key      VARCHAR(120) NOT NULL PRIMARY KEY,
    holder       VARCHAR(120),
    lease_until  TIMESTAMP    NOT NULL,
    last_run_at  TIMESTAMP,
    last_outcome VARCHAR(400)
);

-- Seeing every child's record regardless of service area. Granted to no role by default:
-- need to know is the rule, and an administrator grants this only to roles that must have it.
INSERT INTO core_permission (code, module_id, description) VALUES
    ('core:all-records', 'core', 'Open any child''s record, whichever service area holds the case');
