-- A VCFSE's base is public at postcode-district precision unless it opts in to its exact point
-- (many small VCFSEs are run from a home). Existing bases resolved from a full postcode move to
-- their district's centroid; the full postcode stays, shown only to those who may see contacts.
ALTER TABLE dir_profile ADD COLUMN exact_location_public BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE dir_profile
   SET latitude = (SELECT d.latitude FROM dir_postcode_district d
                    WHERE d.outcode = SUBSTRING(dir_profile.base_postcode FROM 1
                                                FOR POSITION(' ' IN dir_profile.base_postcode) - 1)),
       longitude = (SELECT d.longitude FROM dir_postcode_district d
                     WHERE d.outcode = SUBSTRING(dir_profile.base_postcode FROM 1
                                                 FOR POSITION(' ' IN dir_profile.base_postcode) - 1))
 WHERE POSITION(' ' IN base_postcode) > 0
   AND EXISTS (SELECT 1 FROM dir_postcode_district d
                WHERE d.outcode = SUBSTRING(dir_profile.base_postcode FROM 1
                                            FOR POSITION(' ' IN dir_profile.base_postcode) - 1));

-- Full postcodes in districts svkit has no centroid for: rounded to about a kilometre.
UPDATE dir_profile
   SET latitude = ROUND(CAST(latitude AS DECIMAL(9, 6)), 2), longitude = ROUND(CAST(longitude AS DECIMAL(9, 6)), 2)
 WHERE POSITION(' ' IN base_postcode) > 0
   AND latitude IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM dir_postcode_district d
                    WHERE d.outcode = SUBSTRING(dir_profile.base_postcode FROM 1
                                                FOR POSITION(' ' IN dir_profile.base_postcode) - 1));
