/** Directory entities, rules (need life cycle, distance, relevance, facets, keyset paging) and repositories. */
package uk.svkit.api.directory.domain;
