-- Analysts report the youth justice measures to the YJB and scrutiny, so they open the module (its
-- measures and board pages); they hold no permission to read or record a child's youth justice work.
-- Grants are administrators' data once a permission exists, so an existing portal is granted here;
-- a new one is granted by the module's default roles when the permission is first registered.
INSERT INTO core_role_permission (role_code, permission_code)
SELECT 'ANALYST', p.code FROM core_permission p
WHERE p.code = 'youth-justice:access'
  AND NOT EXISTS (SELECT 1 FROM core_role_permission rp WHERE rp.role_code = 'ANALYST' AND rp.permission_code = p.code);
