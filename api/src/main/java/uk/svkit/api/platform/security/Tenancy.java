package uk.svkit.api.platform.security;

import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Tenant isolation, decided here and nowhere else. A record owned by an organisation is visible to
 * that organisation and to platform admins; anyone else is told it does not exist (404), so ids of
 * other tenants' records reveal nothing. Repositories call this for every read and write.
 */
public final class Tenancy {
  private Tenancy() {}

  /** The caller of the current request; fails with 401 if there is none. */
  public static Caller caller() {
    Caller caller = RequestContext.currentCaller();
    if (caller == null) {
      throw new ProblemException(
          uk.svkit.api.platform.problem.ProblemType.UNAUTHENTICATED,
          "A valid bearer token is required.");
    }
    return caller;
  }

  /**
   * Whether the current caller may see records owned by this organisation. Without a caller only
   * explicit system work ({@link RequestContext#asSystem}) sees anything: a thread that is neither
   * in a request nor in system work is denied, so a missing context can never widen access.
   */
  public static boolean canSee(String ownerOrganisationId) {
    Caller caller = RequestContext.currentCaller();
    if (caller == null) {
      return RequestContext.isSystem();
    }
    return caller.isPlatformAdmin()
        || (ownerOrganisationId != null && ownerOrganisationId.equals(caller.organisationId()));
  }

  /** Throws 404 unless the caller may see the record. */
  public static void requireVisible(String what, Object id, String ownerOrganisationId) {
    if (!canSee(ownerOrganisationId)) {
      throw ProblemException.notFound(what, id);
    }
  }

  /**
   * The organisation whose records a list should be limited to, or {@code null} for no limit
   * (platform admins and system work). Fails with 401 when there is no caller and no system work.
   */
  public static String listScope() {
    if (RequestContext.isSystem()) {
      return null;
    }
    Caller caller = caller();
    return caller.isPlatformAdmin() ? null : caller.organisationId();
  }
}
