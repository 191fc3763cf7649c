-- Default settings of the Performance module; administrators tune them per council.
INSERT INTO core_module_setting (module_id, setting_key, setting_value, description) VALUES
    ('performance', 'rag-amber-tolerance-percent', '10', 'How far from target an indicator may be and still be amber (%)'),
    ('performance', 'history-months', '13', 'Months of history shown on the scorecard');
