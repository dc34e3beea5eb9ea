package uk.svkit.sdk;

import java.net.URI;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import uk.svkit.sdk.exception.SvkitException;

/**
 * A lazily fetched list result. Nothing is requested until iteration starts; further pages are
 * fetched only when iteration reaches them, following the server's {@code next} links.
 *
 * <pre>{@code
 * for (Organisation o : client.organisations().listOrganisations()) { ... }      // all items
 * client.organisations().listOrganisations().stream().limit(10)...                // first 10
 * for (Page<Organisation> page : client.organisations().listOrganisations().byPage()) {
 *     save(page.getNextCursor());                                                 // checkpoint
 * }
 * }</pre>
 *
 * <p>Each call to {@link #iterator()}, {@link #stream()} or {@link #byPage()} starts again from the
 * first page. Instances are thread-safe; iterators are not. Failures while fetching a page surface
 * from {@code hasNext()}/{@code next()} as the usual {@link SvkitException} subtypes.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  /** Fetches one page: from the first-page URL (optionally with a cursor) or a next link. */
  interface PageFetcher<T> {
    Page<T> fetch(URI uri);
  }

  private final URI firstPage;
  private final Function<String, URI> withCursor;
  private final PageFetcher<T> fetcher;

  PagedIterable(URI firstPage, Function<String, URI> withCursor, PageFetcher<T> fetcher) {
    this.firstPage = firstPage;
    this.withCursor = withCursor;
    this.fetcher = fetcher;
  }

  /**
   * Iterates over all items of all pages, fetching pages on demand.
   *
   * @return a new iterator starting at the first page
   * @throws SvkitException from {@code hasNext()}/{@code next()} if a page cannot be fetched
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator<>(new PageIterator<>(firstPage, fetcher));
  }

  /**
   * Streams all items of all pages, fetching pages on demand.
   *
   * @return a sequential stream
   * @throws SvkitException during terminal operations if a page cannot be fetched
   */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /**
   * Iterates page by page, from the first page.
   *
   * @return an iterable of pages
   * @throws SvkitException during iteration if a page cannot be fetched
   */
  public Iterable<Page<T>> byPage() {
    return () -> new PageIterator<>(firstPage, fetcher);
  }

  /**
   * Iterates page by page, resuming at the page a cursor points to (from {@link
   * Page#getNextCursor()}). The filters and page size of the original call apply.
   *
   * @param cursor an opaque cursor returned earlier by the same list operation
   * @return an iterable of pages starting at the cursor
   * @throws NullPointerException if {@code cursor} is {@code null}
   * @throws IllegalArgumentException if {@code cursor} is blank
   * @throws SvkitException during iteration if a page cannot be fetched
   */
  public Iterable<Page<T>> byPage(String cursor) {
    Objects.requireNonNull(cursor, "cursor");
    if (cursor.isBlank()) {
      throw new IllegalArgumentException("cursor must not be blank");
    }
    URI start = withCursor.apply(cursor);
    return () -> new PageIterator<>(start, fetcher);
  }

  private static final class PageIterator<T> implements Iterator<Page<T>> {

    private final PageFetcher<T> fetcher;
    private URI next;
    private URI previous;

    PageIterator(URI first, PageFetcher<T> fetcher) {
      this.next = first;
      this.fetcher = fetcher;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Page<T> next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      if (next.equals(previous)) {
        // A server bug must not turn a for-each loop into an endless one.
        throw new SvkitException("the server returned the same next link twice: " + next);
      }
      Page<T> page = fetcher.fetch(next);
      previous = next;
      next = page.nextLink();
      return page;
    }
  }

  private static final class ItemIterator<T> implements Iterator<T> {

    private final PageIterator<T> pages;
    private Iterator<T> current = java.util.Collections.emptyIterator();

    ItemIterator(PageIterator<T> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      // Loop because a page may legitimately be empty yet have a successor.
      while (!current.hasNext() && pages.hasNext()) {
        current = pages.next().getItems().iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
