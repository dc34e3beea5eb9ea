package uk.svkit.sdk;

import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.implementation.Urls;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.ListEventsOptions;

/**
 * The event feed: your organisation's events in commit order, for systems that cannot receive
 * webhooks. Obtain from {@link SvkitClient#events()}; thread-safe. Keep the {@link
 * Event#getSequence()} of the last event processed and resume after it.
 *
 * @since 0.1.0
 */
public final class EventsClient {

  private final Operations ops;

  EventsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Lists events from the oldest kept.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Event> listEvents() {
    return listEvents(ListEventsOptions.builder().build(), null);
  }

  /**
   * Lists events after a sequence, of some types.
   *
   * @param options where to start, the types and the page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Event> listEvents(ListEventsOptions options) {
    return listEvents(options, null);
  }

  /**
   * Lists events, with per-call options applied to every page.
   *
   * @param options where to start, the types and the page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Event> listEvents(ListEventsOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Urls.Builder url =
        ops.url("events").query("after", options.getAfter()).query("limit", options.getLimit());
    options.getTypes().forEach(t -> url.query("type", t));
    return ops.list(url.build(), Event.class, requestOptions, "after");
  }
}
