/**
 * Directory entities, rules (need life cycle, distance, relevance, matching, facets, keyset
 * cursors) and repositories.
 */
package uk.svkit.api.directory.domain;
