-- Default settings of the Youth justice module; administrators tune them per council.
INSERT INTO core_module_setting (module_id, setting_key, setting_value, description) VALUES
    ('youth-justice', 'cohort-age-min', '10', 'Youngest age counted in the youth justice population'),
    ('youth-justice', 'cohort-age-max', '17', 'Oldest age counted in the youth justice population'),
    ('youth-justice', 'reoffending-tracking-months', '12', 'Months each reoffending cohort is tracked');
