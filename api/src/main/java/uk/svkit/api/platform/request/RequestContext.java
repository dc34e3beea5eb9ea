package uk.svkit.api.platform.request;

import uk.svkit.api.platform.security.Caller;

/**
 * What the platform knows about the request being served on this thread: its id (for logs and
 * problem details) and, once authenticated, the caller. Set by {@link HttpEntryFilter} for the
 * lifetime of one HTTP request; absent on background threads (start-up, seeding).
 */
public final class RequestContext {
  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private final String requestId;
  private Caller caller;

  private RequestContext(String requestId) {
    this.requestId = requestId;
  }

  static void begin(String requestId) {
    CURRENT.set(new RequestContext(requestId));
  }

  static void end() {
    CURRENT.remove();
  }

  public static RequestContext current() {
    return CURRENT.get();
  }

  /** The request id, or {@code null} outside a request. */
  public static String currentRequestId() {
    RequestContext context = CURRENT.get();
    return context == null ? null : context.requestId;
  }

  /** The authenticated caller, or {@code null} outside a request or before authentication. */
  public static Caller currentCaller() {
    RequestContext context = CURRENT.get();
    return context == null ? null : context.caller;
  }

  public String requestId() {
    return requestId;
  }

  public void authenticated(Caller caller) {
    this.caller = caller;
  }
}
