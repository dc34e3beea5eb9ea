-- How framework measures point at the directory: the themes a KPI serves and the kinds of VCFSE
-- need it can meet. The matcher reads this to shortlist VCFSE partners for a commitment. Data,
-- not code, so a deployment can extend it for its own frameworks' measures.
CREATE TABLE dir_measure_match (
    measure_code VARCHAR(40) NOT NULL,
    pointer_kind VARCHAR(16) NOT NULL,
    pointer_code VARCHAR(40) NOT NULL,
    CONSTRAINT dir_measure_match_pk PRIMARY KEY (measure_code, pointer_kind, pointer_code)
);

INSERT INTO dir_measure_match (measure_code, pointer_kind, pointer_code) VALUES
    ('LM-EMP-01', 'THEME', 'employment'),
    ('LM-EMP-02', 'THEME', 'employment'),
    ('LM-SKL-01', 'THEME', 'education-and-skills'),
    ('LM-SKL-01', 'THEME', 'employment'),
    ('LM-SKL-01', 'SUPPORT', 'MENTORING'),
    ('LM-SUP-02', 'SUPPORT', 'PROJECT_DELIVERY'),
    ('LM-WEL-01', 'THEME', 'health-and-wellbeing'),
    ('LM-WEL-01', 'THEME', 'mental-health'),
    ('LM-VOL-01', 'THEME', 'community-cohesion'),
    ('LM-VOL-01', 'SUPPORT', 'VOLUNTEERING'),
    ('LM-VCS-01', 'SUPPORT', 'EQUIPMENT'),
    ('LM-VCS-01', 'SUPPORT', 'SPACE'),
    ('LM-VCS-01', 'SUPPORT', 'FUNDING'),
    ('LM-CO2-01', 'THEME', 'environment');
