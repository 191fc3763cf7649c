-- Default settings of the Pause module; administrators tune them per council.
INSERT INTO core_module_setting (module_id, setting_key, setting_value, description) VALUES
    ('pause', 'caseload-cap', '8', 'Most women a Pause practitioner works with at once'),
    ('pause', 'programme-months', '18', 'Length of the Pause programme in months');
