-- The weeks a year a setting offers residential (boarding) places: 38 for term time, up to 52 all year;
-- null for a day setting.
ALTER TABLE send_setting ADD COLUMN residential_weeks INTEGER;
