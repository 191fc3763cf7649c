-- The plan's personal budget (organised arrangements and direct payments, a year) and its
-- home to school transport (how, and the cost a year).

ALTER TABLE send_plan ADD COLUMN budget_organised DECIMAL(10, 2);
ALTER TABLE send_plan ADD COLUMN budget_direct DECIMAL(10, 2);
ALTER TABLE send_plan ADD COLUMN transport_mode VARCHAR(30);
ALTER TABLE send_plan ADD COLUMN transport_cost DECIMAL(10, 2);
