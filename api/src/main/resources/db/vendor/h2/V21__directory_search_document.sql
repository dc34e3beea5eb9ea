-- H2 has no counterpart of PostgreSQL's V21 (dir_profile_search, its triggers and indexes): on H2
-- directory searches run the portable statements over the tables themselves (SearchStatements).
-- This version is kept so that both databases stand at the same schema version.
SELECT 1;
