-- The Dynamic Support Register's full record (why the rating, actions with owners and due
-- dates, leaving the register), the note of a package's monitoring visit and the outcome of
-- its clinical review, and the settings for register reviews and for the team that receives
-- referrals from other areas.

ALTER TABLE continuing_care_support_register ADD COLUMN rag_reason VARCHAR(2000);
ALTER TABLE continuing_care_support_register ADD COLUMN added_on DATE;
ALTER TABLE continuing_care_support_register ADD COLUMN added_by VARCHAR(80);
ALTER TABLE continuing_care_support_register ADD COLUMN closed_on DATE;
ALTER TABLE continuing_care_support_register ADD COLUMN closed_reason VARCHAR(2000);
ALTER TABLE continuing_care_support_register DROP COLUMN actions;

CREATE TABLE continuing_care_register_action (
    entry_id    BIGINT        NOT NULL REFERENCES continuing_care_support_register (id),
    seq         INTEGER       NOT NULL,
    description VARCHAR(1000) NOT NULL,
    action_owner VARCHAR(120) NOT NULL,
    due_on      DATE          NOT NULL,
    PRIMARY KEY (entry_id, seq)
);

ALTER TABLE continuing_care_package ADD COLUMN quality_note VARCHAR(2000);
ALTER TABLE continuing_care_package ADD COLUMN clinical_review_outcome VARCHAR(2000);

INSERT INTO core_module_setting (module_id, setting_key, setting_value, description) VALUES
    ('continuing-care', 'dsr-review-weeks', '12', 'Weeks after a multi-agency review of a child on the Dynamic Support Register before the next is due'),
    ('continuing-care', 'team-service-area', 'CONTINUING_CARE', 'Code of the service area whose staff receive continuing care referrals and keep the support register');
