package uk.svkit.api.anchor.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;

/**
 * Keyset pages over short lists already read whole (a programme's catalogue, mappings, one
 * organisation's declarations: tens of rows), sorted by a unique key, so they page like every other
 * list without a query per page.
 */
final class InMemoryPages {
  private InMemoryPages() {}

  static <E, T> Page<T> page(
      List<E> sorted,
      Function<E, String> key,
      PageRequest request,
      Paging paging,
      UriInfo uri,
      Function<E, T> mapper) {
    int limit = paging.limit(request);
    String after = request.cursor() == null ? null : Cursor.decode(request.cursor(), 1).key(0);
    List<E> rows =
        sorted.stream()
            .filter(e -> after == null || key.apply(e).compareTo(after) > 0)
            .limit(limit + 1L)
            .toList();
    return paging.page(rows, limit, uri, e -> Cursor.after(key.apply(e)), mapper);
  }
}
