-- Default settings of the Children's continuing care module; administrators tune them per council.
INSERT INTO core_module_setting (module_id, setting_key, setting_value, description) VALUES
    ('continuing-care', 'clinical-review-threshold-gbp', '150000', 'Annual package cost above which a clinical review is required (GBP)'),
    ('continuing-care', 'decision-expectation-weeks', '6', 'Weeks from referral within which a funding decision is expected'),
    ('continuing-care', 'first-review-months', '3', 'Months after a package starts before its first review');
