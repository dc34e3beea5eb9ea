-- Full postcodes, loaded by a deployment from a postcode directory (the ONS Postcode Directory
-- layout) through POST /postcodes. Resolution prefers a full postcode found here and falls back to
-- the shipped district centroids (dir_postcode_district). No reference to dir_place: a UK-wide
-- directory names every local authority, and svkit ships only the Cheshire & Merseyside places.
-- postcode is stored normalised: upper case, one space before the inward code ("CH41 5AB").
CREATE TABLE dir_postcode (
    postcode    VARCHAR(8)       NOT NULL PRIMARY KEY,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    place_code  VARCHAR(9),
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
