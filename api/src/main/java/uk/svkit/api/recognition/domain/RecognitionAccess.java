package uk.svkit.api.recognition.domain;

import java.util.Objects;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;

/**
 * Who may do what. Only platform admins define programmes, naming the organisation that administers
 * one (its buyer or VCFSE users, the programme leads); platform admins administer every programme.
 * An award scheme's decisions are taken only by its assigned assessors, named by their token
 * subject and acting for the administering organisation (platform-admin accounts where platform
 * admins run the scheme), so that a namesake in another organisation or identity realm is not an
 * assessor; and never on their own organisation's application. An organisation signs and applies
 * for itself; a signature is a public statement that the organisation made it, so one the
 * administrators record on its behalf stays pending until the organisation confirms it.
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
    return caller != null
        && programme.kind() == ProgrammeKind.AWARD_SCHEME
        && programme.isAssessor(caller.subject())
        && Objects.equals(programme.ownerOrganisationId(), caller.organisationId());
  }

  /**
   * Whether the caller may decide this application: an assessor of its scheme, not acting for the
   * applicant.
   */
  public static boolean decides(Caller caller, Programme scheme, AwardApplication application) {
    return assesses(caller, scheme) && !actsFor(caller, application.organisationId());
  }

  /**
   * Whether the caller may define programmes: platform admins only, so that an organisation cannot
   * make itself the administrator of a recognition it then hands out.
   */
  public static boolean definesProgrammes(Caller caller) {
    return caller != null && caller.isPlatformAdmin();
  }

  /** Whether the caller acts for this organisation (any of its users). */
  public static boolean actsFor(Caller caller, String organisationId) {
    return caller != null
        && organisationId != null
        && organisationId.equals(caller.organisationId());
  }
}
