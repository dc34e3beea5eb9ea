package uk.svkit.sdk;

import java.net.URI;
import java.util.List;

/**
 * One page of a list result.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final URI nextLink;
  private final String nextCursor;
  private final String requestId;

  Page(List<T> items, URI nextLink, String nextCursor, String requestId) {
    this.items = List.copyOf(items);
    this.nextLink = nextLink;
    this.nextCursor = nextCursor;
    this.requestId = requestId;
  }

  /**
   * Returns the items of this page.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<T> getItems() {
    return items;
  }

  /**
   * Returns the opaque cursor of the next page; store it and pass it to {@link
   * PagedIterable#byPage(String)} to resume later.
   *
   * @return the cursor, or {@code null} on the last page
   */
  public String getNextCursor() {
    return nextCursor;
  }

  /**
   * Returns the request id of the call that fetched this page.
   *
   * @return the request id
   */
  public String getRequestId() {
    return requestId;
  }

  /** The absolute URL of the next page, or {@code null} on the last page. */
  URI nextLink() {
    return nextLink;
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", nextCursor=" + nextCursor + '}';
  }
}
