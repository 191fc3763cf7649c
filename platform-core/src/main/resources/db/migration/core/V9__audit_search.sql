-- Searching the audit trail: by date range alone, and by action over a date range. Searches
-- by user (actor) and by record use the indexes of V2.
CREATE INDEX core_audit_time_ix ON core_audit_entry (occurred_at);
CREATE INDEX core_audit_action_ix ON core_audit_entry (action, occurred_at);
