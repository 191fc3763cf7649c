-- What the council pays a year for one place at each setting on the register, for the
-- placement register's costs and the commissioners' sufficiency figures.

ALTER TABLE send_setting ADD COLUMN annual_cost_per_place DECIMAL(10, 2);
