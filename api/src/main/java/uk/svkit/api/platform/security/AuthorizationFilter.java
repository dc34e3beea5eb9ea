package uk.svkit.api.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Authenticates and authorises every API call in one place. The token itself is verified by the
 * container (MicroProfile JWT: signature, issuer, expiry); this filter turns it into a {@link
 * Caller} with a resolved tenant (its claims read through the configured {@link ClaimMapping}), and
 * applies {@link AllowedRoles} / {@link PublicAccess}. Without either annotation a method needs an
 * authenticated caller with any known role.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {
  /**
   * The default token claim naming the caller's organisation by its org-id identifier; see {@link
   * ClaimMapping} for the others.
   */
  public static final String ORGANISATION_CLAIM = "org";

  @Context ResourceInfo resourceInfo;
  @Context HttpServletRequest servletRequest;
  @Context HttpServletResponse servletResponse;

  @Inject OrganisationResolver organisations;
  @Inject ClaimMappingConfiguration claimMapping;
  @Inject PublishedKeys publishedKeys;
  @Inject VerifiedTokens verifiedTokens;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    Class<?> resource = resourceInfo.getResourceClass();
    boolean isPublic =
        method.isAnnotationPresent(PublicAccess.class)
            || (resource.isAnnotationPresent(PublicAccess.class)
                && !method.isAnnotationPresent(AllowedRoles.class));
    String bearer = bearerToken(request);
    Caller caller =
        bearer != null && publishedKeys.stillPublished(bearer)
            ? verifiedTokens.callerOf(bearer).orElse(null)
            : null;
    if (caller == null) {
      Principal principal = authenticate(request);
      if (principal instanceof JsonWebToken verified && !publishedKeys.stillPublished(verified)) {
        // Signed with a key the issuer has withdrawn: as good as no token at all.
        principal = null;
      }
      if (!(principal instanceof JsonWebToken token)) {
        if (isPublic) {
          return;
        }
        throw new ProblemException(
            ProblemType.UNAUTHENTICATED,
            "A valid bearer token is required.",
            List.of(),
            Map.of("WWW-Authenticate", "Bearer"));
      }
      caller = callerOf(token);
      if (bearer != null && bearer.equals(token.getRawToken())) {
        verifiedTokens.remember(bearer, caller, token.getExpirationTime());
      }
    }
    RequestContext context = RequestContext.current();
    if (context != null) {
      context.authenticated(caller);
    }
    if (isPublic) {
      return;
    }
    Set<String> allowed = allowedRoles(method, resource);
    boolean permitted =
        allowed.isEmpty()
            ? caller.roles().stream().anyMatch(Roles.ALL::contains)
            : caller.roles().stream().anyMatch(allowed::contains);
    if (!permitted) {
      throw ProblemException.forbidden(
          allowed.isEmpty()
              ? "The token carries no svkit role."
              : "This operation needs one of the roles " + String.join(", ", allowed) + ".");
    }
  }

  /** The compact token of an {@code Authorization: Bearer} header, or null. */
  private static String bearerToken(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  /**
   * The container authenticates bearer tokens on demand rather than through URL constraints, so
   * public operations accept a token too (and can tell who is calling) while protected ones need
   * one. A rejected token leaves no principal, which answers 401 below.
   */
  private Principal authenticate(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (principal != null || request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
      return principal;
    }
    try {
      if (servletRequest.authenticate(new NonCommittingResponse(servletResponse))) {
        return servletRequest.getUserPrincipal();
      }
    } catch (IOException | ServletException e) {
      // Treated as no principal: the caller gets a 401 problem, not a container error page.
    }
    return null;
  }

  /** Lets the container decide on a token without writing its own 401 page. */
  private static final class NonCommittingResponse extends HttpServletResponseWrapper {
    NonCommittingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int sc) {}

    @Override
    public void sendError(int sc, String msg) {}

    @Override
    public void setStatus(int sc) {}

    @Override
    public void setHeader(String name, String value) {}

    @Override
    public void addHeader(String name, String value) {}
  }

  private Caller callerOf(JsonWebToken token) {
    ClaimMapping mapping = claimMapping.mapping();
    ClaimMapping.MappedIdentity identity;
    try {
      // groups is read through getGroups(), which the MicroProfile JWT runtime fills from the
      // groups claim, exactly as before the mapping was configurable.
      identity =
          mapping.map(name -> "groups".equals(name) ? token.getGroups() : token.getClaim(name));
    } catch (ClaimMapping.AmbiguousOrganisationException e) {
      throw ProblemException.forbidden(e.getMessage());
    }
    Set<String> roles = identity.roles();
    String identifier = identity.organisationIdentifier().orElse(null);
    String organisationId = null;
    if (identifier != null) {
      organisationId =
          organisations
              .organisationIdFor(identifier)
              .orElseThrow(
                  () ->
                      ProblemException.forbidden(
                          "The token names organisation "
                              + identifier
                              + ", which svkit does not know."));
    } else if (!roles.contains(Roles.PLATFORM_ADMIN)) {
      throw ProblemException.forbidden(
          "The token names no organisation (no " + mapping.organisationSource() + ").");
    }
    return new Caller(token.getName(), organisationId, identifier, roles);
  }

  private static Set<String> allowedRoles(Method method, Class<?> resource) {
    AllowedRoles annotation = method.getAnnotation(AllowedRoles.class);
    if (annotation == null) {
      annotation = resource.getAnnotation(AllowedRoles.class);
    }
    return annotation == null
        ? Set.of()
        : Arrays.stream(annotation.value()).collect(Collectors.toUnmodifiableSet());
  }
}
