-- What the Children in Need census asks about a child beyond the identifying details already kept:
-- a former UPN (FormerUPN: the child's UPN before it changed, e.g. on adoption) and, for an unborn
-- child, the expected date of birth (ExpectedPersonBirthDate). Recorded on the person's page.
ALTER TABLE core_person ADD COLUMN former_upn VARCHAR(13);
ALTER TABLE core_person ADD COLUMN expected_birth_date DATE;
