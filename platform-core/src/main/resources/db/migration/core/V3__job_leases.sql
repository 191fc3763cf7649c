-- Scheduled jobs run once per cluster: an instance runs a job only while it holds the job's lease.
CREATE TABLE core_job_lease (
    job_key      VARCHAR(120) NOT NULL PRIMARY KEY,
    holder       VARCHAR(120),
    lease_until  TIMESTAMP    NOT NULL,
    last_run_at  TIMESTAMP,
    last_outcome VARCHAR(400)
);
