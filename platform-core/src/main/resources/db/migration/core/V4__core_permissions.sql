-- Permissions of core's own services, granted to roles in data so administrators can change them.
INSERT INTO core_permission (code, module_id, description) VALUES
    ('core:records', 'core', 'Search the person index; open and record on the records of children known to your service areas'),
    ('core:allocate', 'core', 'Allocate and reallocate cases; see the caseloads of your service areas'),
    ('core:who-viewed', 'core', 'See who has viewed a child''s record');
INSERT INTO core_role_permission (role_code, permission_code) VALUES
    ('PRACTITIONER', 'core:records'),
    ('MANAGER', 'core:records'),
    ('MANAGER', 'core:allocate'),
    ('MANAGER', 'core:who-viewed');
