package uk.svkit.api.platform.request;

import uk.svkit.api.platform.security.Caller;

/**
 * What the platform knows about the work being done on this thread: for an HTTP request, its id
 * (for logs and problem details) and, once authenticated, the caller, set by {@link
 * HttpEntryFilter} for the request's lifetime; for background work (start-up, seeding), a system
 * context opened explicitly with {@link #asSystem}. A thread with neither has no rights at all:
 * tenant isolation fails closed.
 */
public final class RequestContext {
  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private final String requestId;
  private final boolean system;
  private Caller caller;

  private RequestContext(String requestId, boolean system) {
    this.requestId = requestId;
    this.system = system;
  }

  static void begin(String requestId) {
    CURRENT.set(new RequestContext(requestId, false));
  }

  /**
   * Runs background work as the system, which sees every tenant's records. Only for work no request
   * started (start-up, seeding); never inside a request, where it would lend the system's rights to
   * a caller.
   */
  public static void asSystem(String what, Runnable work) {
    if (CURRENT.get() != null) {
      throw new IllegalStateException(
          "System work cannot run inside a request or other system work: " + what);
    }
    CURRENT.set(new RequestContext("system:" + what, true));
    try {
      work.run();
    } finally {
      CURRENT.remove();
    }
  }

  /** Whether the current thread runs background work opened with {@link #asSystem}. */
  public static boolean isSystem() {
    RequestContext context = CURRENT.get();
    return context != null && context.system;
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
