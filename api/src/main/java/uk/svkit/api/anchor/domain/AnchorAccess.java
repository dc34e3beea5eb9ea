package uk.svkit.api.anchor.domain;

import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Who may see and do what. A signatory's indicators, returns and dashboard are its own; the
 * programme's administering organisation (or platform admins, where the platform administers it)
 * reads them to validate returns, and is the only one that validates. Nobody validates their own
 * organisation's returns. Self-assessments are the assessing organisation's alone; others see only
 * anonymous place benchmarks.
 */
public final class AnchorAccess {
  private AnchorAccess() {}

  /** Whether the caller acts as the programme's administering organisation (or is an admin). */
  public static boolean administers(Caller caller, String administeringOrganisationId) {
    if (caller == null) {
      return false;
    }
    return caller.isPlatformAdmin()
        || (administeringOrganisationId != null
            && administeringOrganisationId.equals(caller.organisationId()));
  }

  /** Whether the current caller may read a signatory's indicators, returns and dashboard. */
  public static boolean reads(String signatoryId, String administeringOrganisationId) {
    return Tenancy.canSee(signatoryId)
        || administers(
            uk.svkit.api.platform.request.RequestContext.currentCaller(),
            administeringOrganisationId);
  }

  /** Whether the caller acts for the organisation. */
  public static boolean actsFor(Caller caller, String organisationId) {
    return caller != null
        && organisationId != null
        && organisationId.equals(caller.organisationId());
  }
}
