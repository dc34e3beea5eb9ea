package uk.svkit.api.platform.request;

import java.util.function.Supplier;
import uk.svkit.api.platform.security.Caller;

/**
 * Opens a request context for a test, as {@link HttpEntryFilter} and the authorization filter do
 * for an HTTP request (here because {@link RequestContext#begin} is the filter's alone).
 */
public final class TestRequests {
  private TestRequests() {}

  /** Runs the work as this caller, in a request of its own, and ends the request after it. */
  public static <T> T as(Caller caller, Supplier<T> work) {
    if (RequestContext.current() != null) {
      throw new IllegalStateException("A test request cannot run inside another request");
    }
    RequestContext.begin("test-" + java.util.UUID.randomUUID());
    try {
      RequestContext.current().authenticated(caller);
      return work.get();
    } finally {
      RequestContext.end();
    }
  }
}
