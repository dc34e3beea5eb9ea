-- H2 has no counterpart of PostgreSQL's V33 (dir_need_search, dir_need_facet_count and their
-- triggers): on H2 need searches and their facet counts run the portable statements over the
-- tables themselves (SearchStatements). This version is kept so that both databases stand at the
-- same schema version.
SELECT 1;
