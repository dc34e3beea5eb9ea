package uk.svkit.api.platform.request;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.input.BodyInspector;
import uk.svkit.api.platform.input.RequestLine;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.problem.Problems;

/**
 * The first thing every HTTP request meets (mapped to every path in web.xml): assigns the request
 * id (echoing a well-formed {@code X-Request-Id}), refuses a malformed request line and checks text
 * bodies as they are read (see {@link RequestLine} and {@link BodyInspector}), enforces the body
 * size limit, writes one access-log line, and makes sure no transaction outlives the request.
 */
public class HttpEntryFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final Pattern ACCEPTABLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Logger LOG = Loggers.of(HttpEntryFilter.class);

  @Inject
  @ConfigProperty(name = "svkit.http.max-body-bytes", defaultValue = "1048576")
  long maxBodyBytes;

  /**
   * The limit for bulk imports that stream their body (a national postcode directory is over 1 GB).
   */
  @Inject
  @ConfigProperty(name = "svkit.http.max-import-body-bytes", defaultValue = "4294967296")
  long maxImportBodyBytes;

  /**
   * Paths (below the context root) of the streaming imports {@link #maxImportBodyBytes} applies to.
   */
  private static final java.util.Set<String> STREAMING_IMPORTS =
      java.util.Set.of("/api/v1/postcodes");

  @Inject
  @ConfigProperty(name = "svkit.http.access-log", defaultValue = "false")
  boolean accessLog;

  /**
   * Proxies (addresses or CIDR ranges) whose forwarded headers say what scheme, host and client a
   * request really had; see {@link ForwardedRequest}. Nobody by default.
   */
  @Inject
  @ConfigProperty(name = "svkit.http.trusted-proxies", defaultValue = "none")
  String trustedProxiesSetting;

  private transient TrustedProxies trustedProxies;

  @Inject ApiActivity activity;

  private transient volatile UserTransaction userTransaction;

  @Override
  public void init() throws ServletException {
    try {
      trustedProxies = TrustedProxies.parse(trustedProxiesSetting);
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest direct, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = ForwardedRequest.of(direct, trustedProxies);
    String requestId = request.getHeader(REQUEST_ID_HEADER);
    if (requestId == null || !ACCEPTABLE_REQUEST_ID.matcher(requestId).matches()) {
      requestId = UUID.randomUUID().toString();
    }
    response.setHeader(REQUEST_ID_HEADER, requestId);
    RequestContext.begin(requestId);
    long started = System.nanoTime();
    activity.started();
    try {
      RequestLine.Refusal refusal =
          RequestLine.check(request.getRequestURI(), request.getQueryString());
      if (refusal == null) {
        refusal = RequestLine.checkHeaders(request);
      }
      if (refusal != null) {
        writeProblem(response, ProblemType.forStatus(refusal.status()), refusal.detail());
        return;
      }
      long limit =
          "POST".equals(request.getMethod())
                  && STREAMING_IMPORTS.contains(
                      request.getRequestURI().substring(request.getContextPath().length()))
              ? maxImportBodyBytes
              : maxBodyBytes;
      if (request.getContentLengthLong() > limit) {
        writeTooLarge(response, limit);
        return;
      }
      chain.doFilter(
          new CheckedBodyRequest(
              request, limit, BodyInspector.forContentType(request.getContentType())),
          response);
    } finally {
      activity.ended();
      rollBackLeftoverTransaction();
      if (accessLog || response.getStatus() >= 500) {
        LOG.log(
            response.getStatus() >= 500 ? Level.WARNING : Level.INFO,
            "{0} {1} -> {2} in {3} ms",
            new Object[] {
              request.getMethod(),
              request.getRequestURI(),
              response.getStatus(),
              (System.nanoTime() - started) / 1_000_000
            });
      }
      RequestContext.end();
    }
  }

  private void writeTooLarge(HttpServletResponse response, long limit) throws IOException {
    response.setHeader("Connection", "close");
    writeProblem(
        response,
        ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than the limit of " + limit + " bytes.");
  }

  private static void writeProblem(HttpServletResponse response, ProblemType type, String detail)
      throws IOException {
    Problem problem = Problems.problem(type, detail, null);
    response.setStatus(problem.status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.getOutputStream().write(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }

  /** A request must never leak a transaction to the next request served by this thread. */
  private void rollBackLeftoverTransaction() {
    try {
      // Looked up rather than injected: web.xml is metadata-complete, so @Resource on a filter is
      // ignored. Looked up once: the container's UserTransaction acts on the calling thread's
      // transaction, and a JNDI lookup per request was a measurable share of a fast request.
      UserTransaction transaction = userTransaction;
      if (transaction == null) {
        transaction = InitialContext.doLookup("java:comp/UserTransaction");
        userTransaction = transaction;
      }
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        LOG.warning("Rolling back a transaction left open by the request");
        transaction.rollback();
      }
    } catch (NamingException | SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Could not roll back a leftover transaction", e);
    }
  }

  /** Thrown when a body without Content-Length (chunked) grows past the limit. */
  public static final class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(long limit) {
      super("The request body is larger than the limit of " + limit + " bytes.");
    }
  }

  /** The body through {@link CheckedStream}: size-limited, and inspected when it is text. */
  private static final class CheckedBodyRequest extends HttpServletRequestWrapper {
    private final long limit;
    private final BodyInspector inspector;
    private ServletInputStream stream;

    CheckedBodyRequest(HttpServletRequest request, long limit, BodyInspector inspector) {
      super(request);
      this.limit = limit;
      this.inspector = inspector;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CheckedStream(super.getInputStream(), limit, inspector);
      }
      return stream;
    }
  }

  private static final class CheckedStream extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long limit;
    private final BodyInspector inspector;
    private long count;
    private boolean finished;

    CheckedStream(ServletInputStream delegate, long limit, BodyInspector inspector) {
      this.delegate = delegate;
      this.limit = limit;
      this.inspector = inspector;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
        if (inspector != null) {
          inspector.inspect(buffer, offset, n);
        }
      } else if (n < 0 && inspector != null && !finished) {
        finished = true;
        inspector.finish();
      }
      return n;
    }

    private void count(int n) throws PayloadTooLargeException {
      count += n;
      if (count > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
