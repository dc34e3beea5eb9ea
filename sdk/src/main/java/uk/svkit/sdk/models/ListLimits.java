package uk.svkit.sdk.models;

/** Client-side check of page sizes; the upper bound is the server's to enforce. */
final class ListLimits {

  private ListLimits() {}

  static int check(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return limit;
  }
}
