-- Framework library: frameworks, editions, their element trees and measures. Shipped editions
-- are data, not code, and are immutable (status SHIPPED). Proxy value sets are per edition; svkit
-- bundles only one clearly labelled illustrative set, no licensed values (TOMs, HACT).

CREATE TABLE fwk_framework (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    publisher    VARCHAR(200),
    description  VARCHAR(2000),
    licence_note VARCHAR(1000),
    CONSTRAINT fwk_framework_code_uq UNIQUE (code)
);

CREATE TABLE fwk_edition (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    framework_id VARCHAR(36)  NOT NULL REFERENCES fwk_framework (id),
    edition      VARCHAR(40)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    valid_from   DATE,
    source       VARCHAR(1000),
    CONSTRAINT fwk_edition_uq UNIQUE (framework_id, edition)
);

CREATE TABLE fwk_element (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    edition_id VARCHAR(36)  NOT NULL REFERENCES fwk_edition (id),
    parent_id  VARCHAR(36)  REFERENCES fwk_element (id),
    kind       VARCHAR(16)  NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    title      VARCHAR(500) NOT NULL,
    position   INTEGER      NOT NULL,
    CONSTRAINT fwk_element_uq UNIQUE (edition_id, code)
);

CREATE TABLE fwk_measure (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    edition_id VARCHAR(36)  NOT NULL REFERENCES fwk_edition (id),
    element_id VARCHAR(36)  REFERENCES fwk_element (id),
    code       VARCHAR(40)  NOT NULL,
    title      VARCHAR(500) NOT NULL,
    unit_type  VARCHAR(16)  NOT NULL,
    unit_label VARCHAR(100) NOT NULL,
    monetised  BOOLEAN      NOT NULL,
    CONSTRAINT fwk_measure_uq UNIQUE (edition_id, code)
);

CREATE TABLE fwk_proxy_set (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    edition_id            VARCHAR(36)   NOT NULL REFERENCES fwk_edition (id),
    name                  VARCHAR(200)  NOT NULL,
    currency              VARCHAR(3)    NOT NULL,
    price_year            INTEGER       NOT NULL,
    source                VARCHAR(1000) NOT NULL,
    licence_note          VARCHAR(1000) NOT NULL,
    illustrative          BOOLEAN       NOT NULL
);
CREATE INDEX fwk_proxy_set_owner_idx ON fwk_proxy_set (owner_organisation_id, name, id);

CREATE TABLE fwk_proxy_value (
    proxy_set_id   VARCHAR(36)    NOT NULL REFERENCES fwk_proxy_set (id) ON DELETE CASCADE,
    measure_code   VARCHAR(40)    NOT NULL,
    value_per_unit NUMERIC(19, 4) NOT NULL,
    multiplier     NUMERIC(12, 6),
    CONSTRAINT fwk_proxy_value_pk PRIMARY KEY (proxy_set_id, measure_code)
);

CREATE TABLE fwk_valuation (
    id                    VARCHAR(36)     NOT NULL PRIMARY KEY,
    version               BIGINT          NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    proxy_set_id          VARCHAR(36)     NOT NULL REFERENCES fwk_proxy_set (id),
    currency              VARCHAR(3)      NOT NULL,
    total                 NUMERIC(19, 2)  NOT NULL,
    trace                 VARCHAR(1000000) NOT NULL
);
CREATE INDEX fwk_valuation_owner_idx ON fwk_valuation (owner_organisation_id, created_at, id);

INSERT INTO fwk_framework (id, code, name, publisher, description, licence_note) VALUES
    ('bc3bb4b7-1e2c-5fa7-b757-24eb022c6f41', 'PPN0620', 'Social Value Model (PPN 06/20)', 'Cabinet Office', 'Central government social value model: 5 themes, 8 policy outcomes, model award criteria (MACs). Mandatory for in-scope procurements from 1 Jan 2021; extended to NHS buyers from 1 Apr 2022.', 'Crown copyright; Open Government Licence v3.0. Structure only.'),
    ('eb736959-9a87-5598-9189-24fe9082d4e6', 'PPN002', 'Social Value Model (PPN 002)', 'Cabinet Office', 'Successor model aligned to the Government missions: 8 policy outcomes, MACs and standard reporting metrics. Published 13 Feb 2025, mandatory for in-scope bodies from 1 Oct 2025.', 'Crown copyright; Open Government Licence v3.0. Structure only, as far as published.'),
    ('9a623355-b5fb-5cd3-8314-608fe1bf5977', 'CM-ANCHOR', 'Cheshire & Merseyside Anchor Institution Framework', 'NHS Cheshire and Merseyside', 'Anchor institutions commit to five pillars. Launched 12 Jul 2022.', 'Structure only.'),
    ('78207212-3b28-5148-b27b-5d9ec0b1c028', 'CM-SVA', 'Cheshire & Merseyside Social Value Award', 'Cheshire & Merseyside Social Value Partnership', 'The Social Value Award is judged on four themes and lasts five years.', 'Structure only.'),
    ('f4e3fe38-d8fb-53af-b11a-b4a4c59acd3b', 'SVK-LOCAL', 'svkit local measures', 'Social Value Kit', 'A starter list of locally reported measures (covering the One Wirral case) that buyers can use or replace with their own framework edition.', 'Written for svkit; free to use. No proxy values are bundled except a clearly labelled illustrative demo set.');

INSERT INTO fwk_edition (id, framework_id, edition, status, valid_from, source) VALUES
    ('5c97e487-1684-517a-bd5d-9c5bb0096fbe', 'bc3bb4b7-1e2c-5fa7-b757-24eb022c6f41', '2020-12', 'SHIPPED', DATE '2021-01-01', 'PPN 06/20 Social Value Model, edition 3 (Dec 2020)'),
    ('ba9d4f49-5eef-5b25-9aff-85be556546ff', 'eb736959-9a87-5598-9189-24fe9082d4e6', '2025-02', 'SHIPPED', DATE '2025-10-01', 'PPN 002 (13 Feb 2025); Outcome 1 MACs from the CCS Digital Marketplace framework questions'),
    ('518ff168-2892-5072-82b1-3fc074682606', '9a623355-b5fb-5cd3-8314-608fe1bf5977', '2022-07', 'SHIPPED', DATE '2022-07-12', 'Cheshire & Merseyside Anchor Institution Charter and Framework'),
    ('550a2d75-a31a-5ea2-8710-a4ae1209d8a0', '78207212-3b28-5148-b27b-5d9ec0b1c028', '2019', 'SHIPPED', DATE '2019-07-01', 'Cheshire & Merseyside Social Value Award themes'),
    ('bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'f4e3fe38-d8fb-53af-b11a-b4a4c59acd3b', '1', 'SHIPPED', DATE '2026-01-01', 'svkit');

INSERT INTO fwk_element (id, edition_id, parent_id, kind, code, title, position) VALUES
    ('bee1c773-680c-5d55-b721-337d6292cdcd', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', NULL, 'THEME', 'Theme 1', 'COVID-19 recovery', 0),
    ('70251fa3-1969-5357-b823-fa7e885180e9', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', 'bee1c773-680c-5d55-b721-337d6292cdcd', 'OUTCOME', 'Outcome 1.1', 'Help local communities to manage and recover from the impact of COVID-19', 0),
    ('5cab3189-bacf-51fc-8ba6-4a2df3853ec0', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', NULL, 'THEME', 'Theme 2', 'Tackling economic inequality', 1),
    ('53b3c7c9-69d3-5245-b610-d781c62e289f', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '5cab3189-bacf-51fc-8ba6-4a2df3853ec0', 'OUTCOME', 'Outcome 2.1', 'Create new businesses, new jobs and new skills', 0),
    ('9ed5453a-788f-5893-8492-a2819a85ea3f', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '53b3c7c9-69d3-5245-b610-d781c62e289f', 'CRITERION', 'MAC 2.1', 'Create opportunities for entrepreneurship and help new organisations to grow, supporting economic growth and business creation', 0),
    ('659f32d7-81a4-5be5-b280-6b0499179072', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '5cab3189-bacf-51fc-8ba6-4a2df3853ec0', 'OUTCOME', 'Outcome 2.2', 'Increase supply chain resilience and capacity', 1),
    ('3dd8b35e-bc48-55ab-b7fa-305b8a35fa8f', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', NULL, 'THEME', 'Theme 3', 'Fighting climate change', 2),
    ('a52beaf1-9665-5fcc-a5f9-561321e91bd3', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '3dd8b35e-bc48-55ab-b7fa-305b8a35fa8f', 'OUTCOME', 'Outcome 3.1', 'Effective stewardship of the environment', 0),
    ('956a3a3f-1f79-56dc-b90d-f096f78f533b', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', NULL, 'THEME', 'Theme 4', 'Equal opportunity', 3),
    ('61171b60-280d-5b2f-b601-d51dfeed5de2', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '956a3a3f-1f79-56dc-b90d-f096f78f533b', 'OUTCOME', 'Outcome 4.1', 'Reduce the disability employment gap', 0),
    ('683c24c1-622a-516a-ab94-c2b152426784', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '956a3a3f-1f79-56dc-b90d-f096f78f533b', 'OUTCOME', 'Outcome 4.2', 'Tackle workforce inequality', 1),
    ('46167c09-bfba-5ac2-8085-92dfa93b472b', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', NULL, 'THEME', 'Theme 5', 'Wellbeing', 4),
    ('117d4e0e-e670-52b1-bcb7-3c3e9e6db2aa', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '46167c09-bfba-5ac2-8085-92dfa93b472b', 'OUTCOME', 'Outcome 5.1', 'Improve health and wellbeing', 0),
    ('7cede30d-179b-59db-87b6-16aa00e6d93f', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '46167c09-bfba-5ac2-8085-92dfa93b472b', 'OUTCOME', 'Outcome 5.2', 'Improve community cohesion', 1),
    ('9fa044f0-3a21-56f7-92a8-01ddf2876816', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', NULL, 'MISSION', 'Mission 1', 'Kick start economic growth', 0),
    ('4a8b43b6-a156-526f-9f62-659b41a6e929', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '9fa044f0-3a21-56f7-92a8-01ddf2876816', 'OUTCOME', 'Outcome 1', 'Fair work', 0),
    ('81e78f38-2896-5035-bff3-40261a1ce9e3', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '4a8b43b6-a156-526f-9f62-659b41a6e929', 'CRITERION', '1a', 'Create and retain high-quality jobs', 0),
    ('e0a4cc2a-3ef8-5732-8f06-f0c773bd5b43', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '4a8b43b6-a156-526f-9f62-659b41a6e929', 'CRITERION', '1b', 'Fair working conditions', 1),
    ('b3e3a22f-049f-5a9c-9990-b43a4554da01', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '4a8b43b6-a156-526f-9f62-659b41a6e929', 'CRITERION', '1c', 'Fair pay practices', 2),
    ('a157e2b2-eb1f-5cd6-8433-6d00c55b902a', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '4a8b43b6-a156-526f-9f62-659b41a6e929', 'CRITERION', '1d', 'In-work progression', 3),
    ('e02317aa-4027-58c5-b156-2e9ffcf3ae7c', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', NULL, 'MISSION', 'Mission 2', 'Make Britain a clean energy superpower', 1),
    ('f9b0d1dc-1bcd-549b-b794-02b5126a2349', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', NULL, 'MISSION', 'Mission 3', 'Take back our streets', 2),
    ('d4cb0079-b863-5400-9d8d-46b4bd934116', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', NULL, 'MISSION', 'Mission 4', 'Break down barriers to opportunity', 3),
    ('adf72cee-46ca-5145-a52b-177cedde7f51', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', NULL, 'MISSION', 'Mission 5', 'Build an NHS fit for the future', 4),
    ('eccdfed8-b507-53c4-bc1d-a65737e26072', '518ff168-2892-5072-82b1-3fc074682606', NULL, 'PILLAR', 'P1', 'Purchasing locally and for social benefit', 0),
    ('61c58fbb-83f2-54c9-abbc-eeefa5bdce46', '518ff168-2892-5072-82b1-3fc074682606', NULL, 'PILLAR', 'P2', 'Using buildings and spaces to support communities', 1),
    ('f681134a-4c39-58cf-86cc-608e1f6bf621', '518ff168-2892-5072-82b1-3fc074682606', NULL, 'PILLAR', 'P3', 'Widening access to quality work', 2),
    ('f35fb4d3-2c47-5508-be1a-40c290d4b6a0', '518ff168-2892-5072-82b1-3fc074682606', NULL, 'PILLAR', 'P4', 'Working more closely with local partners', 3),
    ('0d42ed1b-c797-558d-9c9b-46ba6316eb81', '518ff168-2892-5072-82b1-3fc074682606', NULL, 'PILLAR', 'P5', 'Reducing environmental impact', 4),
    ('e371132b-dfb9-58d3-bd04-db6fa761c889', '550a2d75-a31a-5ea2-8710-a4ae1209d8a0', NULL, 'THEME', 'SOC', 'Social', 0),
    ('4ad05407-7f6f-5f11-bc53-35a935403eae', '550a2d75-a31a-5ea2-8710-a4ae1209d8a0', NULL, 'THEME', 'ECO', 'Economic', 1),
    ('a6a3c0f8-5414-589f-8fc6-75fce913dfe5', '550a2d75-a31a-5ea2-8710-a4ae1209d8a0', NULL, 'THEME', 'ENV', 'Environment', 2),
    ('631d68c8-8261-5cfb-952d-485eef16b373', '550a2d75-a31a-5ea2-8710-a4ae1209d8a0', NULL, 'THEME', 'INN', 'Innovation', 3),
    ('da5e81e2-7745-58d2-904a-3d74fa279cbd', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', NULL, 'THEME', 'JOBS', 'Local skills and employment', 0),
    ('26b136c0-8f66-5473-9101-40b1a7a97ebe', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', NULL, 'THEME', 'ECON', 'Local economy and supply chain', 1),
    ('15db30d9-0305-5635-add1-9967df0a5e78', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', NULL, 'THEME', 'WELL', 'Health and wellbeing', 2),
    ('d31ee623-8204-5cde-aec8-ea8f16213d56', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', NULL, 'THEME', 'COMM', 'Stronger communities', 3),
    ('59413b5e-017b-526b-a75f-441188e76705', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', NULL, 'THEME', 'ENV', 'Environment', 4);

INSERT INTO fwk_measure (id, edition_id, element_id, code, title, unit_type, unit_label, monetised) VALUES
    ('4d490bc1-15ac-582b-aecf-a36ba17e806d', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'da5e81e2-7745-58d2-904a-3d74fa279cbd', 'LM-EMP-01', 'Local people (FTE) hired or retained on the contract for at least one year or its whole duration', 'FTE', 'FTE local employees', TRUE),
    ('d202770f-6a1b-5189-b153-03a6d68f9831', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'da5e81e2-7745-58d2-904a-3d74fa279cbd', 'LM-EMP-02', 'Percentage of contract workforce living locally', 'PERCENT', '% of workforce', FALSE),
    ('55978e7d-3b66-5656-8a0f-41c95fcb0952', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'da5e81e2-7745-58d2-904a-3d74fa279cbd', 'LM-SKL-01', 'Weeks of training or apprenticeship provided on the contract', 'WEEKS', 'training weeks', TRUE),
    ('a75f2c5a-e6d3-55f5-977e-710d04b665c7', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', '26b136c0-8f66-5473-9101-40b1a7a97ebe', 'LM-SUP-01', 'Spend with local suppliers in the supply chain', 'GBP', '£ spent locally', TRUE),
    ('febfb649-31f3-5268-8caa-faa9250f8467', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', '26b136c0-8f66-5473-9101-40b1a7a97ebe', 'LM-SUP-02', 'Spend with VCFSE organisations in the supply chain', 'GBP', '£ spent with VCFSEs', TRUE),
    ('ac6a839e-e274-565c-a80d-7530adab0218', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', '15db30d9-0305-5635-add1-9967df0a5e78', 'LM-WEL-01', 'Investment in staff health and wellbeing programmes', 'GBP', '£ invested', TRUE),
    ('20ed099c-a4ff-5ecd-86cf-f46054c632c8', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'd31ee623-8204-5cde-aec8-ea8f16213d56', 'LM-VOL-01', 'Hours volunteered by staff to local community projects', 'HOURS', 'volunteer hours', TRUE),
    ('55a9107b-35a2-5fee-8b36-7852982bdd55', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'd31ee623-8204-5cde-aec8-ea8f16213d56', 'LM-VCS-01', 'Support in kind to VCFSE organisations (equipment, space, expertise), valued', 'GBP', '£ equivalent', TRUE),
    ('094cb154-113f-54dd-ac77-a21126209cad', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', '59413b5e-017b-526b-a75f-441188e76705', 'LM-CO2-01', 'Carbon emissions saved on the contract', 'TCO2E', 'tCO2e saved', TRUE),
    ('fd6ff0a5-b92c-5fd9-8185-2a4929ce39c6', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'd31ee623-8204-5cde-aec8-ea8f16213d56', 'LM-NAR-01', 'Description of other social value delivered', 'TEXT', 'narrative', FALSE);

-- The only bundled proxy set: round, invented numbers for demos and tests. Not for reporting.
INSERT INTO fwk_proxy_set (id, version, owner_organisation_id, created_at, updated_at, edition_id, name, currency, price_year, source, licence_note, illustrative) VALUES
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-11-22 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-22 00:00:00+00', 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f', 'Illustrative demo values (not for reporting)', 'GBP', 2026,
     'Round numbers chosen by svkit for demonstrations; they are not derived from any published proxy library.', 'Free to use for demonstrations. Load your licensed or locally agreed proxy set for real valuations.', TRUE);

INSERT INTO fwk_proxy_value (proxy_set_id, measure_code, value_per_unit, multiplier) VALUES
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-EMP-01', 20000, NULL),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-SKL-01', 200, NULL),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-SUP-01', 1, 1.5),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-SUP-02', 1, 1.5),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-WEL-01', 1, NULL),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-VOL-01', 15, NULL),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-VCS-01', 1, NULL),
    ('f274eec2-15a5-55a8-b0ed-d650872afa14', 'LM-CO2-01', 250, NULL);
