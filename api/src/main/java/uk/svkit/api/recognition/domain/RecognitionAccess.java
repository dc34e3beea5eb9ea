package uk.svkit.api.recognition.domain;

import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;

/**
 * Who may do what. A programme is administered by its owner organisation (its buyer or VCFSE
 * users, the programme leads) or, for the programmes shipped with svkit and any other, by platform
 * admins. An award scheme's decisions are taken only by its assigned assessors, named by their
 * token subject. An organisation signs and applies for itself; administrators may also record a
 * signature on an organisation's behalf (for example, signatures collected on paper).
 */
public final class RecognitionAccess {
  private RecognitionAccess() {}

  public static boolean administers(Caller caller, Programme programme) {
    if (caller == null) {
      return false;
    }
    return caller.isPlatformAdmin()
        || (programme.ownerOrganisationId() != null
            && programme.ownerOrganisationId().equals(caller.organisationId())
            && (caller.roles().contains(Roles.BUYER) || caller.roles().contains(Roles.VCFSE)));
  }

  public static boolean assesses(Caller caller, Programme programme) {
    return caller != null && programme.kind() == ProgrammeKind.AWARD_SCHEME && programme.isAssessor(caller.subject());
  }

  /** Whether the caller may define programmes for its organisation. */
  public static boolean definesProgrammes(Caller caller) {
    return caller.isPlatformAdmin()
        || (caller.organisationId() != null && (caller.roles().contains(Roles.BUYER) || caller.roles().contains(Roles.VCFSE)));
  }

  /** Whether the caller acts for this organisation (any of its users). */
  public static boolean actsFor(Caller caller, String organisationId) {
    return caller != null && organisationId != null && organisationId.equals(caller.organisationId());
  }
}
