-- One row that every allocation to a practitioner locks before it counts her caseload: two
-- allocations at the same moment then take turns, and neither can slip under the caseload cap on a
-- count the other is about to change. Allocations are few (a team of a handful), so one row serves.
CREATE TABLE pause_allocation_lock (
    id         INTEGER   NOT NULL PRIMARY KEY,
    taken_at   TIMESTAMP
);
INSERT INTO pause_allocation_lock (id, taken_at) VALUES (1, NULL);
