package uk.svkit.api.directory.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keyset paging over results ranked in memory. Each result has a sort key (a number, then a
 * text, then its id, all ascending: a descending number is stored negated); a cursor is the key
 * of the last result a page showed, and the next page starts strictly after it. Results inserted
 * between pages appear where they sort, and nothing already seen is repeated or skipped.
 */
public final class Keyset {
  private Keyset() {}

  /** A result and its sort key. */
  public record Ranked<T>(T item, double number, String text, String id) {}

  public static final Comparator<Ranked<?>> ORDER =
      Comparator.<Ranked<?>>comparingDouble(Ranked::number).thenComparing(Ranked::text).thenComparing(Ranked::id);

  /**
   * The results after the cursor key, sorted, at most {@code fetch} of them.
   *
   * @param after the cursor key, or {@code null} for the first page
   */
  public static <T> List<Ranked<T>> page(List<Ranked<T>> results, Ranked<?> after, int fetch) {
    List<Ranked<T>> sorted = new ArrayList<>(results);
    sorted.sort(ORDER);
    List<Ranked<T>> page = new ArrayList<>();
    for (Ranked<T> r : sorted) {
      if (after != null && ORDER.compare(r, after) <= 0) {
        continue;
      }
      page.add(r);
      if (page.size() == fetch) {
        break;
      }
    }
    return page;
  }
}
