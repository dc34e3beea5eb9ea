package uk.svkit.api.platform.security;

import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Tenant isolation, decided here and nowhere else. A record owned by an organisation is visible to
 * that organisation and to platform admins; anyone else is told it does not exist (404), so ids
 * of other tenants' records reveal nothing. Repositories call this for every read and write.
 */
public final class Tenancy {
  private Tenancy() {}

  /** The caller of the current request; fails with 401 if there is none. */
  public static Caller caller() {
    Caller caller = RequestContext.currentCaller();
    if (caller == null) {
      throw new ProblemException(
          uk.svkit.api.platform.problem.ProblemType.UNAUTHENTICATED, "A valid bearer token is required.");
    }
    return caller;
  }

  /** Whether the current caller may see records owned by this organisation. */
  public static boolean canSee(String ownerOrganisationId) {
    Caller caller = RequestContext.currentCaller();
    if (caller == null) {
      // Background work (start-up, seeding) runs as the system.
      return RequestContext.current() == null;
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
   * (platform admins and background work).
   */
  public static String listScope() {
    if (RequestContext.current() == null) {
      return null;
    }
    Caller caller = caller();
    return caller.isPlatformAdmin() ? null : caller.organisationId();
  }
}
