-- Plans transferred in from and out to other authorities when a family moves (SEN2's TransferLA,
-- and the cease reason "transferred to another local authority"), and whether the plan names a
-- work-based placement (SEN2's PlanWPB and WPB).

ALTER TABLE send_plan ADD COLUMN work_based_placement BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE send_plan ADD COLUMN transferred_in_from VARCHAR(3);
ALTER TABLE send_plan ADD COLUMN transferred_in_on DATE;
ALTER TABLE send_plan ADD COLUMN transferred_out_to VARCHAR(3);
ALTER TABLE send_plan ADD COLUMN transferred_out_on DATE;
