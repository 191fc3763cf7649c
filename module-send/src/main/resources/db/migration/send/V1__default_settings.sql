-- Default settings of the SEND module; administrators tune them per council.
INSERT INTO core_module_setting (module_id, setting_key, setting_value, description) VALUES
    ('send', 'decision-to-assess-weeks', '6', 'Weeks from request to the decision whether to assess'),
    ('send', 'final-plan-weeks', '20', 'Weeks from request to the final EHC plan');
