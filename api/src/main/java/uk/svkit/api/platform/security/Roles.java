package uk.svkit.api.platform.security;

import java.util.Set;

/**
 * The roles a token may carry in its {@code groups} claim. A role says what kind of work the caller
 * does; the {@code org} claim says for which organisation (the tenant).
 */
public final class Roles {
  /** Operates the platform: creates organisations, verifies profiles, reads every audit trail. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Works for a public buyer: question sets, tenders, contracts. */
  public static final String BUYER = "buyer";

  /** Scores bids on tenders they are assigned to. */
  public static final String EVALUATOR = "evaluator";

  /** Manages awarded contracts and validates suppliers' returns. */
  public static final String CONTRACT_MANAGER = "contract-manager";

  /** Works for a supplier: bids, returns, pledges. */
  public static final String SUPPLIER = "supplier";

  /** Works for a VCFSE organisation: its profile and needs. */
  public static final String VCFSE = "vcfse";

  public static final Set<String> ALL =
      Set.of(PLATFORM_ADMIN, BUYER, EVALUATOR, CONTRACT_MANAGER, SUPPLIER, VCFSE);

  private Roles() {}
}
