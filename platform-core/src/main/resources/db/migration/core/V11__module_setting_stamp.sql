-- Administrators now change module settings on the modules page: who changed a setting last, and
-- when, is shown when two changes cross (the columns every editable table has beside its version).
ALTER TABLE core_module_setting ADD COLUMN updated_by VARCHAR(80);
ALTER TABLE core_module_setting ADD COLUMN updated_at TIMESTAMP;
