-- What the Joint Decision-Making Panel records beside its decision: who sat, the gravity score it
-- settled on, and for a youth conditional caution its conditions and the day they end.
ALTER TABLE youth_justice_jdmp_referral ADD COLUMN attendees VARCHAR(1000);
ALTER TABLE youth_justice_jdmp_referral ADD COLUMN panel_gravity SMALLINT;
ALTER TABLE youth_justice_jdmp_referral ADD COLUMN caution_conditions VARCHAR(1000);
ALTER TABLE youth_justice_jdmp_referral ADD COLUMN conditions_end_on DATE;
