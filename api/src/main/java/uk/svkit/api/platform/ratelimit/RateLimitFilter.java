package uk.svkit.api.platform.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;

/**
 * Answers 429 with {@code Retry-After} once a client has spent its request budget ({@link
 * RateLimits}). Runs after authentication, so a valid token is counted against its organisation and
 * anonymous calls against their network address (the load balancer's, unless it passes the client's
 * address through to the server).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {
  @Inject RateLimits limits;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Caller caller = RequestContext.currentCaller();
    String client;
    if (caller == null) {
      client = "address:" + servletRequest.getRemoteAddr();
    } else if (caller.organisationId() != null) {
      client = "organisation:" + caller.organisationId();
    } else {
      client = "subject:" + caller.subject();
    }
    Optional<Duration> wait = limits.spend(client, caller == null);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new ProblemException(
          ProblemType.TOO_MANY_REQUESTS,
          "This client has used its request allowance; retry after "
              + seconds
              + " s."
              + (caller == null ? " Signed-in callers have a larger allowance." : ""),
          List.of(),
          Map.of("Retry-After", Long.toString(seconds)));
    }
  }
}
