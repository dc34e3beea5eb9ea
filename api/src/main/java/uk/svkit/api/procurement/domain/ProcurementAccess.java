package uk.svkit.api.procurement.domain;

import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;

/**
 * Who may do what with a tender and its bids. The buyer (its buyer and contract-manager users)
 * manages the tender; evaluators see only tenders they are assigned to; suppliers see open tenders
 * and those they bid on, and only their own bids. Nobody, the buyer included, sees a bid before the
 * deadline.
 */
public final class ProcurementAccess {
  private ProcurementAccess() {}

  public static boolean manages(Caller caller, Tender tender) {
    return caller.isPlatformAdmin()
        || (tender.ownerOrganisationId().equals(caller.organisationId())
            && (caller.roles().contains(Roles.BUYER)
                || caller.roles().contains(Roles.CONTRACT_MANAGER)));
  }

  /**
   * An assignment names a person of the buyer's organisation by user name: a user of another
   * organisation (or another identity provider's tenant) with the same name is not the assignee.
   */
  public static boolean evaluates(Caller caller, Tender tender) {
    return caller.roles().contains(Roles.EVALUATOR)
        && tender.ownerOrganisationId().equals(caller.organisationId())
        && tender.isEvaluator(caller.subject());
  }

  /** Whether the caller may read every bid of the tender (once the deadline has passed). */
  public static boolean readsAllBids(Caller caller, Tender tender) {
    return manages(caller, tender) || evaluates(caller, tender);
  }

  /**
   * Whether the caller acts for the organisation that submitted the bid: before the deadline it is
   * the only one that reads the bid's content. Platform admins see every organisation's records but
   * are not the bidder, so the seal holds for them too.
   */
  public static boolean isBidder(Caller caller, Bid bid) {
    return caller != null
        && caller.organisationId() != null
        && caller.organisationId().equals(bid.ownerOrganisationId());
  }

  public static boolean isSupplier(Caller caller) {
    return caller.roles().contains(Roles.SUPPLIER) && caller.organisationId() != null;
  }
}
