package uk.svkit.api.directory.application;

import java.math.BigDecimal;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/** The checks needs and offers (and their pledges and claims) share in the services. */
final class NoticeboardRules {
  private NoticeboardRules() {}

  /** 403 with {@code refusal} unless the caller is {@code organisationId} or a platform admin. */
  static void requireActingFor(String organisationId, String refusal) {
    Caller caller = Tenancy.caller();
    if (!organisationId.equals(caller.organisationId()) && !caller.isPlatformAdmin()) {
      throw ProblemException.forbidden(refusal);
    }
  }

  /** What a need or offer says: a place code if any, and a unit only with a quantity. */
  static void checkListing(String placeCode, String unit, BigDecimal quantity) {
    PlaceCode.require("placeCode", placeCode);
    if (unit != null && quantity == null) {
      throw ProblemException.invalid("unit", "a unit needs a quantity");
    }
  }
}
