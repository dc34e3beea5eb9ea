package uk.svkit.api.directory.domain;

/**
 * Keyset paging: each search result has a sort key (a number, then a text, then its id, all
 * ascending: a descending number is stored negated); a cursor is the key of the last result a page
 * showed, and the next page starts strictly after it, so results inserted between pages appear
 * where they sort and nothing already seen is repeated or skipped.
 */
public final class Keyset {
  private Keyset() {}

  /** A result and its sort key. */
  public record Ranked<T>(T item, double number, String text, String id) {}
}
