-- The shipped anchor data (issue 19): a catalogue of common anchor institution indicators per
-- pillar of the Cheshire & Merseyside Anchor Institution Framework (P1–P5), the mapping of the
-- SVK-LOCAL measures to those pillars, and svkit's own commissioning-cycle maturity model. The
-- published Anchor Framework measure list was not found (docs/domain.md), so these are svkit's
-- own common indicators, not the partnership's; programmes add their own beside them.

INSERT INTO anc_indicator (id, version, owner_organisation_id, created_at, updated_at, programme_id, code, pillar_code, title, unit, direction, description) VALUES
    ('7c3e0a10-0000-4000-8000-000000000001', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P1-LOCAL-SPEND', 'P1', 'Share of addressable non-pay spend with suppliers based in the place', 'PERCENT', 'HIGHER_IS_BETTER', 'Addressable non-pay spend in the period with suppliers whose base is in the anchor''s places, as a percentage of all addressable non-pay spend.'),
    ('7c3e0a10-0000-4000-8000-000000000002', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P1-VCFSE-SPEND', 'P1', 'Share of addressable non-pay spend with VCFSE organisations', 'PERCENT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000003', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P1-SME-SPEND', 'P1', 'Share of addressable non-pay spend with SMEs', 'PERCENT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000004', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P2-COMMUNITY-HOURS', 'P2', 'Hours of community use of the estate', 'HOURS', 'HIGHER_IS_BETTER', 'Hours in the period that community groups used the anchor''s buildings and spaces free or at cost.'),
    ('7c3e0a10-0000-4000-8000-000000000005', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P2-COMMUNITY-SPACES', 'P2', 'Buildings or spaces open to community groups', 'COUNT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000006', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P3-REAL-LIVING-WAGE', 'P3', 'Share of staff paid at least the real living wage', 'PERCENT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000007', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P3-LOCAL-HIRES', 'P3', 'Share of new starters living in the place', 'PERCENT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000008', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P3-APPRENTICE-STARTS', 'P3', 'Apprenticeship starts', 'COUNT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000009', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P4-VCFSE-PARTNERSHIPS', 'P4', 'Active partnerships with local VCFSE organisations', 'COUNT', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000010', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P4-STAFF-VOLUNTEERING', 'P4', 'Hours volunteered by staff in the community', 'HOURS', 'HIGHER_IS_BETTER', NULL),
    ('7c3e0a10-0000-4000-8000-000000000011', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P5-EMISSIONS', 'P5', 'Scope 1 and 2 greenhouse gas emissions', 'TCO2E', 'LOWER_IS_BETTER', 'Tonnes of CO2 equivalent emitted in the period, as the anchor''s Net Zero plan reports them.'),
    ('7c3e0a10-0000-4000-8000-000000000012', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'ANC-P5-NET-ZERO-ACTIONS', 'P5', 'Share of the Net Zero 2040 plan''s actions completed', 'PERCENT', 'HIGHER_IS_BETTER', NULL);

INSERT INTO anc_measure_pillar (id, version, owner_organisation_id, created_at, updated_at, programme_id, measure_code, pillar_code) VALUES
    ('7c3e0a20-0000-4000-8000-000000000001', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-SUP-01', 'P1'),
    ('7c3e0a20-0000-4000-8000-000000000002', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-SUP-02', 'P1'),
    ('7c3e0a20-0000-4000-8000-000000000003', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-EMP-01', 'P3'),
    ('7c3e0a20-0000-4000-8000-000000000004', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-EMP-02', 'P3'),
    ('7c3e0a20-0000-4000-8000-000000000005', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-SKL-01', 'P3'),
    ('7c3e0a20-0000-4000-8000-000000000006', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-WEL-01', 'P3'),
    ('7c3e0a20-0000-4000-8000-000000000007', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-VOL-01', 'P4'),
    ('7c3e0a20-0000-4000-8000-000000000008', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-VCS-01', 'P4'),
    ('7c3e0a20-0000-4000-8000-000000000009', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'LM-CO2-01', 'P5');

INSERT INTO anc_maturity_model (id, version, owner_organisation_id, created_at, updated_at, programme_id, code, model_version, title, source) VALUES
    ('7c3e0a30-0000-4000-8000-000000000001', 0, NULL, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, 'SVK-CCM', 1,
     'Social value in the commissioning cycle: maturity self-assessment',
     'svkit''s own model, written for svkit from the commissioning-cycle stages (plan, procure, manage, review) and the gaps the Cheshire & Merseyside roadmap names; not published by NHS Cheshire and Merseyside or Social Value Portal. Programmes publish their own versions.');

INSERT INTO anc_maturity_level (model_id, level_value, label, description) VALUES
    ('7c3e0a30-0000-4000-8000-000000000001', 1, 'Not started', 'Nothing in place yet.'),
    ('7c3e0a30-0000-4000-8000-000000000001', 2, 'Emerging', 'Done in places, depending on individuals.'),
    ('7c3e0a30-0000-4000-8000-000000000001', 3, 'Developing', 'Agreed practice, applied to most commissioning.'),
    ('7c3e0a30-0000-4000-8000-000000000001', 4, 'Established', 'Routine, with evidence, across all commissioning.'),
    ('7c3e0a30-0000-4000-8000-000000000001', 5, 'Leading', 'Routine, evidenced, reviewed and shared with peers.');

INSERT INTO anc_maturity_statement (model_id, code, stage, text, position) VALUES
    ('7c3e0a30-0000-4000-8000-000000000001', 'PLAN-1', 'PLAN', 'Social value priorities are agreed with communities and partners, the VCFSE included, before commissioning starts.', 0),
    ('7c3e0a30-0000-4000-8000-000000000001', 'PLAN-2', 'PLAN', 'Needs assessments and commissioning plans name the social value outcomes sought, by place.', 1),
    ('7c3e0a30-0000-4000-8000-000000000001', 'PLAN-3', 'PLAN', 'Market engagement tells suppliers and VCFSEs what social value is wanted and how it will be judged.', 2),
    ('7c3e0a30-0000-4000-8000-000000000001', 'PROCURE-1', 'PROCURE', 'Tenders weight social value at 10 % or more and ask for specific, measurable commitments.', 3),
    ('7c3e0a30-0000-4000-8000-000000000001', 'PROCURE-2', 'PROCURE', 'Evaluators are trained to score social value answers and moderate them consistently.', 4),
    ('7c3e0a30-0000-4000-8000-000000000001', 'PROCURE-3', 'PROCURE', 'Lots, terms and processes let SMEs and VCFSEs bid.', 5),
    ('7c3e0a30-0000-4000-8000-000000000001', 'MANAGE-1', 'MANAGE', 'Social value commitments become contract KPIs with targets and reporting periods.', 6),
    ('7c3e0a30-0000-4000-8000-000000000001', 'MANAGE-2', 'MANAGE', 'Suppliers'' returns are checked against evidence and validated or rejected.', 7),
    ('7c3e0a30-0000-4000-8000-000000000001', 'MANAGE-3', 'MANAGE', 'Delivery through VCFSE partners is confirmed by the VCFSE that received it.', 8),
    ('7c3e0a30-0000-4000-8000-000000000001', 'REVIEW-1', 'REVIEW', 'Delivered social value is reported publicly, by place and outcome.', 9),
    ('7c3e0a30-0000-4000-8000-000000000001', 'REVIEW-2', 'REVIEW', 'Lessons from delivery feed the next commissioning plan.', 10),
    ('7c3e0a30-0000-4000-8000-000000000001', 'REVIEW-3', 'REVIEW', 'Results are compared with peers to find and share good practice.', 11);
