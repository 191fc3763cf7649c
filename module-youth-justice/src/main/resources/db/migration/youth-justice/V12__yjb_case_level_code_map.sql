-- The code map of the YJB case-level data, kept as data and versioned: each version is in force from
-- a day, and a quarter's file uses the version in force on the quarter's last day, naming it in the
-- file. No public schema exists for the YJB's case-level data, so the codes on the right are those the
-- service agrees with the YJB; a change is a new version here, not a code change. A local code with no
-- row in the version used is named by the extract's checks, never sent blank.
CREATE TABLE youth_justice_yjb_code_map (
    map_version   VARCHAR(20) NOT NULL,
    in_force_from DATE        NOT NULL,
    field         VARCHAR(20) NOT NULL,
    local_code    VARCHAR(40) NOT NULL,
    yjb_code      VARCHAR(20) NOT NULL,
    PRIMARY KEY (map_version, field, local_code)
);

-- Version 1: outcomes under the national codes of the outcome code list as it stands.
INSERT INTO youth_justice_yjb_code_map (map_version, in_force_from, field, local_code, yjb_code)
SELECT '1', CAST('2000-01-01' AS DATE), 'OUTCOME', code, national_code FROM youth_justice_outcome_type;

INSERT INTO youth_justice_yjb_code_map (map_version, in_force_from, field, local_code, yjb_code) VALUES
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'VIOLENCE_AGAINST_THE_PERSON', 'VAP'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'ROBBERY', 'ROB'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'DRUGS', 'DRG'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'SEXUAL', 'SEX'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'BURGLARY', 'BUR'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'THEFT_AND_HANDLING', 'THF'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'CRIMINAL_DAMAGE', 'CDM'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'PUBLIC_ORDER', 'PUB'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'POSSESSION_OF_WEAPON', 'WPN'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'MOTORING', 'MOT'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'BREACH', 'BRE'),
    ('1', CAST('2000-01-01' AS DATE), 'OFFENCE_TYPE', 'OTHER', 'OTH'),
    ('1', CAST('2000-01-01' AS DATE), 'SEX', 'M', '1'),
    ('1', CAST('2000-01-01' AS DATE), 'SEX', 'F', '2'),
    ('1', CAST('2000-01-01' AS DATE), 'SEX', 'U', '0'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'WBRI', 'W1'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'WIRI', 'W2'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'WIRT', 'W3'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'WROM', 'W3'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'WOTH', 'W9'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'MWBC', 'M1'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'MWBA', 'M2'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'MWAS', 'M3'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'MOTH', 'M9'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'AIND', 'A1'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'APKN', 'A2'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'ABAN', 'A3'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'AOTH', 'A9'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'BCRB', 'B1'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'BAFR', 'B2'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'BOTH', 'B9'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'CHNE', 'O1'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'OOTH', 'O9'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'REFU', 'NS'),
    ('1', CAST('2000-01-01' AS DATE), 'ETHNICITY', 'NOBT', 'NK');
