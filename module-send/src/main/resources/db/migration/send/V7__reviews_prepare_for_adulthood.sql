-- The child's year group at the review meeting, and which of the four preparing-for-adulthood
-- areas a review from Year 9 looked at.

ALTER TABLE send_review ADD COLUMN school_year INTEGER;
ALTER TABLE send_review ADD COLUMN pfa_employment BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE send_review ADD COLUMN pfa_independent_living BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE send_review ADD COLUMN pfa_community BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE send_review ADD COLUMN pfa_health BOOLEAN NOT NULL DEFAULT FALSE;
