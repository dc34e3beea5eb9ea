package uk.svkit.api.platform.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a {@link PageRequest} into a limit and cursor for a repository, and a fetched slice into a
 * {@link Page} with its next link. Repositories fetch {@code limit + 1} rows so the presence of a
 * next page is known without counting.
 */
@ApplicationScoped
public class Paging {
  @Inject
  @ConfigProperty(name = "svkit.paging.default-limit", defaultValue = "50")
  int defaultLimit;

  @Inject
  @ConfigProperty(name = "svkit.paging.max-limit", defaultValue = "200")
  int maxLimit;

  public int limit(PageRequest request) {
    Integer requested = request == null ? null : request.requestedLimit();
    if (requested == null) {
      return Math.min(defaultLimit, maxLimit);
    }
    return Math.max(1, Math.min(requested, maxLimit));
  }

  /**
   * Builds the page from up to {@code limit + 1} fetched rows.
   *
   * @param cursorOf the sort key of a row, which becomes the next cursor
   */
  public <E, T> Page<T> page(
      List<E> fetched,
      int limit,
      UriInfo uri,
      Function<E, Cursor> cursorOf,
      Function<E, T> mapper) {
    boolean more = fetched.size() > limit;
    List<E> rows = more ? fetched.subList(0, limit) : fetched;
    String next = null;
    if (more) {
      next =
          uri.getRequestUriBuilder()
              .replaceQueryParam("cursor", cursorOf.apply(rows.get(rows.size() - 1)).encode())
              .replaceQueryParam("limit", limit)
              .build()
              .toString();
    }
    return new Page<>(rows.stream().map(mapper).toList(), next);
  }
}
