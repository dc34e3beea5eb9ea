package uk.svkit.api.directory.domain;

/** Orders of organisation search results: best match first, nearest first, or by name. */
public enum OrganisationOrder {
  RELEVANCE,
  DISTANCE,
  NAME
}
