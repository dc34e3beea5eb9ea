-- The national catalogue as data, with its provenance. Every element and measure of a shipped
-- edition now cites where its code and title come from (source), an edition carries notes that
-- say how complete it is against the published counts, and a measure says whether it is bespoke
-- (defined by svkit or a buyer) rather than a published national reporting metric.
--
-- PPN 002 and PPN 06/20 are completed here as far as a readable source states them; see
-- docs/catalogue.md for the sources table and what is still missing. Nothing is invented: a MAC
-- or metric that no source gives in full is left out and named in the edition's notes.

ALTER TABLE fwk_element ADD COLUMN source VARCHAR(1000);
ALTER TABLE fwk_measure ADD COLUMN source VARCHAR(1000);
ALTER TABLE fwk_measure ADD COLUMN bespoke BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fwk_edition ADD COLUMN notes VARCHAR(4000);

-- svkit's own starter measures are bespoke (the column default); say who wrote them.
UPDATE fwk_measure SET source = 'svkit local measures, written for svkit (not a national metric)'
 WHERE edition_id = 'bbd24609-e9c3-5494-93a1-5d61cbe9a78f';

-- PPN 002 (edition 2025-02): the eight outcomes under their missions.
INSERT INTO fwk_element (id, edition_id, parent_id, kind, code, title, position) VALUES
    ('a2242ac5-543a-5c6e-86d8-158f593c9818', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '9fa044f0-3a21-56f7-92a8-01ddf2876816', 'OUTCOME', 'Outcome 2', 'Skills for growth', 1),
    ('2086b47f-8e60-5601-8115-4ca8d123dc4e', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', '9fa044f0-3a21-56f7-92a8-01ddf2876816', 'OUTCOME', 'Outcome 3', 'Resilient, innovative and flexible supply chains', 2),
    ('e1cb6a62-4f7b-5fe8-a675-58337b0218ad', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', 'e02317aa-4027-58c5-b156-2e9ffcf3ae7c', 'OUTCOME', 'Outcome 4', 'Sustainable procurement practices', 0),
    ('7db060ad-2cf4-5d94-8d9b-c72099424e37', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', 'f9b0d1dc-1bcd-549b-b794-02b5126a2349', 'OUTCOME', 'Outcome 5', 'Reduction in crime', 0),
    ('e6b9960c-d0ed-5637-9c70-25112db973f3', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', 'd4cb0079-b863-5400-9d8d-46b4bd934116', 'OUTCOME', 'Outcome 6', 'Employment and training for those who face barriers to employment', 0),
    ('4cf1fca6-6610-57c6-af13-9d494840df60', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', 'd4cb0079-b863-5400-9d8d-46b4bd934116', 'OUTCOME', 'Outcome 7', 'Reducing barriers to entry for under-represented groups', 1),
    ('4c0a0ae3-7213-5732-888d-de48e5968f9a', 'ba9d4f49-5eef-5b25-9aff-85be556546ff', 'adf72cee-46ca-5145-a52b-177cedde7f51', 'OUTCOME', 'Outcome 8', 'Increasing productivity through physical and mental wellbeing', 0);

-- MAC 1d as the source words it (V4 shipped a shortened title).
UPDATE fwk_element SET title = 'In-work progression to help people to move into work by developing new skills'
 WHERE id = 'a157e2b2-eb1f-5cd6-8433-6d00c55b902a';

UPDATE fwk_element SET source = 'CCS news item "What does the new social value model mean for public sector procurement?", 2025-12-16, as republished by wired-gov.net: https://www.wired-gov.net/wg/news.nsf/articles/what+does+the+new+social+value+model+mean+for+public+sector+procurement+16122025092000?open'
 WHERE edition_id = 'ba9d4f49-5eef-5b25-9aff-85be556546ff' AND kind = 'MISSION';
UPDATE fwk_element SET source = 'Outcome number and short title: JGA Group, "Apprenticeships as Social Value for Public Sector Suppliers" (Feb 2025), https://www.jga-group.com/2025/02/24/apprenticeships-as-social-value-for-public-sector-suppliers/ ; full outcome sentence: Executive Compass, "PPN002 - The Social Value Model Explained", https://executivecompass.co.uk/blog/news/ppn002-the-social-value-model-explained/amp ; mission: tractorjuice/arc-kit plugins/arckit-uk-gcloud/commands/social-value.md @0f489023 (G-Cloud 15 listings)'
 WHERE id = '4a8b43b6-a156-526f-9f62-659b41a6e929';
UPDATE fwk_element SET source = 'Outcome number and short title: JGA Group (Feb 2025), https://www.jga-group.com/2025/02/24/apprenticeships-as-social-value-for-public-sector-suppliers/ ; mission: tractorjuice/arc-kit plugins/arckit-uk-gcloud/commands/social-value.md @0f489023 (G-Cloud 15 listings)'
 WHERE id IN ('a2242ac5-543a-5c6e-86d8-158f593c9818', '2086b47f-8e60-5601-8115-4ca8d123dc4e', 'e1cb6a62-4f7b-5fe8-a675-58337b0218ad', 'e6b9960c-d0ed-5637-9c70-25112db973f3', '4c0a0ae3-7213-5732-888d-de48e5968f9a');
UPDATE fwk_element SET source = 'Outcome number and short title: JGA Group (Feb 2025), https://www.jga-group.com/2025/02/24/apprenticeships-as-social-value-for-public-sector-suppliers/ ; mission: inferred (the one mission no source maps an outcome to)'
 WHERE id = '7db060ad-2cf4-5d94-8d9b-c72099424e37';
UPDATE fwk_element SET source = 'Outcome number and short title: JGA Group (Feb 2025), https://www.jga-group.com/2025/02/24/apprenticeships-as-social-value-for-public-sector-suppliers/ ; mission: tractorjuice/arc-kit @0f489023, which words the outcome "Creating a pipeline of opportunities" (official wording unconfirmed)'
 WHERE id = '4cf1fca6-6610-57c6-af13-9d494840df60';
UPDATE fwk_element SET source = 'Executive Compass, "PPN002 - The Social Value Model Explained", https://executivecompass.co.uk/blog/news/ppn002-the-social-value-model-explained/amp'
 WHERE edition_id = 'ba9d4f49-5eef-5b25-9aff-85be556546ff' AND kind = 'CRITERION';

UPDATE fwk_edition SET
    source = 'PPN 002: Taking account of social value in the award of contracts (Cabinet Office, 13 Feb 2025), https://gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts ; the tree is compiled from the sources each element cites (docs/catalogue.md), because the model tables themselves could not be read',
    notes = 'Completeness against the published model: missions 5 of 5; outcomes 8 of 8 (short titles; outcome 5''s mission is inferred, outcome 7''s wording differs between sources); model award criteria 4 shipped (1a-1d); 1e exists but its title is truncated in the only source, so it is not shipped; the MACs of outcomes 2-8 were not found. Standard Reporting Metrics: 0 of 33 (count from Inside Housing, https://www.insidehousing.co.uk/comment/social-value-is-being-treated-as-a-tot-up-exercise-rather-than-a-lever-for-measurable-growth-95118): no readable source gives their codes, titles or units, so none is shipped. PPN 002 allows bespoke metrics that are appropriate, proportionate, auditable and referenced in the contract: record them in an imported edition, where every measure is marked bespoke.'
 WHERE id = 'ba9d4f49-5eef-5b25-9aff-85be556546ff';

-- PPN 06/20 (edition 2020-12): MACs 5.1 and 5.2 under policy outcome 5 (V4's Outcome 4.1).
INSERT INTO fwk_element (id, edition_id, parent_id, kind, code, title, position) VALUES
    ('35b53086-8eb6-504e-a22a-c4f945d84a0a', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '61171b60-280d-5b2f-b601-d51dfeed5de2', 'CRITERION', 'MAC 5.1', 'Demonstrate action to increase the representation of disabled people in the contract workforce', 0),
    ('d76e7036-1436-5f11-958b-8be358460b41', '5c97e487-1684-517a-bd5d-9c5bb0096fbe', '61171b60-280d-5b2f-b601-d51dfeed5de2', 'CRITERION', 'MAC 5.2', 'Support disabled people in developing new skills relevant to the contract, including through training schemes that result in recognised qualifications', 1);

UPDATE fwk_element SET source = 'Crown-Commercial-Service/digitalmarketplace-frameworks frameworks/digital-outcomes-and-specialists-5/questions/briefs/socialWeightingOutcomes.yml @63574f2c (MIT, Crown copyright); numbering: the model''s "Theme 1" (vdocuments.site transcript of The Social Value Model, Edition 1.1) and Sharpe Pritchard''s (1)-(4) list'
 WHERE edition_id = '5c97e487-1684-517a-bd5d-9c5bb0096fbe' AND kind = 'THEME';
UPDATE fwk_element SET source = 'The Social Value Model, Edition 1.1 (Cabinet Office, 3 Dec 2020), transcript at https://vdocuments.site/the-social-value-model-social-value-provides-additional-benefits-which-can-aid.html'
 WHERE id = '70251fa3-1969-5357-b823-fa7e885180e9';
UPDATE fwk_element SET source = 'thrive-platform.com, "Social Value Model: tackling economic inequality", https://www.thrive-platform.com/social-value-model-tackling-economic-inequality/'
 WHERE id IN ('53b3c7c9-69d3-5245-b610-d781c62e289f', '659f32d7-81a4-5be5-b280-6b0499179072');
UPDATE fwk_element SET source = 'Paraphrase in Sharpe Pritchard, "New model to deliver social value through central government procurement", https://www.sharpepritchard.co.uk/latest-news/new-model-to-deliver-social-value-through-central-government-procurement/ (exact official wording unconfirmed)'
 WHERE id = 'a52beaf1-9665-5fcc-a5f9-561321e91bd3';
UPDATE fwk_element SET source = 'thrive-platform.com, "Finding social value in your business: equal opportunities", https://www.thrive-platform.com/finding-social-value-in-your-business-equal-opportunities/'
 WHERE id IN ('61171b60-280d-5b2f-b601-d51dfeed5de2', '683c24c1-622a-516a-ab94-c2b152426784');
UPDATE fwk_element SET source = 'thrive-platform.com, "Finding social value in your business: wellbeing", https://www.thrive-platform.com/finding-social-value-in-your-business-wellbeing/'
 WHERE id = '117d4e0e-e670-52b1-bcb7-3c3e9e6db2aa';
UPDATE fwk_element SET source = 'Shipped in V4 as "Improve community cohesion" without a recorded source; thrive-platform.com (https://www.thrive-platform.com/finding-social-value-in-your-business-wellbeing/) words it "Improve community integration"; official wording unconfirmed'
 WHERE id = '7cede30d-179b-59db-87b6-16aa00e6d93f';
UPDATE fwk_element SET source = 'Shipped in V4 without a recorded source; no readable source in this review confirmed the wording'
 WHERE id = '9ed5453a-788f-5893-8492-a2819a85ea3f';
UPDATE fwk_element SET source = 'Quoted from the model in thrive-platform.com, "Social Value Model and employment: how to add diversity", https://www.thrive-platform.com/social-value-model-and-employment-how-to-add-diversity/ (MAC 5.2''s last word, "qualifications", is cut off in the stored copy); parent inferred from the MAC numbering'
 WHERE id IN ('35b53086-8eb6-504e-a22a-c4f945d84a0a', 'd76e7036-1436-5f11-958b-8be358460b41');

UPDATE fwk_edition SET
    source = 'The Social Value Model, Edition 1.1 (Cabinet Office, 3 Dec 2020), published with PPN 06/20; the tree is compiled from the sources each element cites (docs/catalogue.md)',
    notes = 'Completeness against the published model: themes 5 of 5; policy outcomes 8 of 8 (outcome 3.1''s wording is a paraphrase, outcome 5.2 is worded "cohesion" here and "integration" by another source). Model award criteria: 3 shipped (2.1, 5.1, 5.2); MAC 1.1 and MAC 2.2 are known to exist but no source gives their titles, and the full MAC list was not found. Reporting metrics: 0 of 52 (count from thrive-platform.com, 22 of them under Tackling economic inequality): no readable source gives their wording or units, so none is shipped. Policy outcome codes (Outcome n.m) are svkit''s, numbered by theme.'
 WHERE id = '5c97e487-1684-517a-bd5d-9c5bb0096fbe';

-- OCDS publication (tracking): every release svkit has published for a buyer's contract, under
-- its stable id (ocid + content hash), so an id always names the same content and a record can
-- compile all the releases of its ocid. Releases are only ever added.
CREATE TABLE trk_ocds_release (
    id                    VARCHAR(200)     NOT NULL PRIMARY KEY,
    ocid                  VARCHAR(100)     NOT NULL,
    contract_id           VARCHAR(36)      NOT NULL REFERENCES trk_contract (id),
    owner_organisation_id VARCHAR(36)      NOT NULL,
    release_date          TIMESTAMP WITH TIME ZONE NOT NULL,
    body                  VARCHAR(1000000) NOT NULL
);
CREATE INDEX trk_ocds_release_ocid_idx ON trk_ocds_release (owner_organisation_id, ocid, release_date, id);
