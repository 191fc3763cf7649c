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
SELECT '1', DATE '2000-01-01', 'OUTCOME', code, national_code FROM youth_justice_outcome_type;

INSERT INTO youth_justice_yjb_code_map (map_version, in_force_from, field, local_code, yjb_code) VALUES
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'VIOLENCE_AGAINST_THE_PERSON', 'VAP'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'ROBBERY', 'ROB'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'DRUGS', 'DRG'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'SEXUAL', 'SEX'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'BURGLARY', 'BUR'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'THEFT_AND_HANDLING', 'THF'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'CRIMINAL_DAMAGE', 'CDM'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'PUBLIC_ORDER', 'PUB'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'POSSESSION_OF_WEAPON', 'WPN'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'MOTORING', 'MOT'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'BREACH', 'BRE'),
    ('1', DATE '2000-01-01', 'OFFENCE_TYPE', 'OTHER', 'OTH'),
    ('1', DATE '2000-01-01', 'SEX', 'M', '1'),
    ('1', DATE '2000-01-01', 'SEX', 'F', '2'),
    ('1', DATE '2000-01-01', 'SEX', 'U', '0'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'WBRI', 'W1'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'WIRI', 'W2'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'WIRT', 'W3'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'WROM', 'W3'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'WOTH', 'W9'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'MWBC', 'M1'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'MWBA', 'M2'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'MWAS', 'M3'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'MOTH', 'M9'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'AIND', 'A1'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'APKN', 'A2'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'ABAN', 'A3'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'AOTH', 'A9'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'BCRB', 'B1'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'BAFR', 'B2'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'BOTH', 'B9'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'CHNE', 'O1'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'OOTH', 'O9'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'REFU', 'NS'),
    ('1', DATE '2000-01-01', 'ETHNICITY', 'NOBT', 'NK');
