package uk.svkit.api.directory.domain;

/** Orders of need search results: soonest expiry first, newest first, or nearest first. */
public enum NeedOrder {
  EXPIRY,
  NEWEST,
  DISTANCE
}
