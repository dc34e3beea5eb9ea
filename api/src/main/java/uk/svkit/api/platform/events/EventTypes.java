package uk.svkit.api.platform.events;

import java.util.Set;

/**
 * The event catalogue: every type svkit emits. A subscription names types from this list; the
 * README documents each with an example.
 */
public final class EventTypes {
  private EventTypes() {}

  private static final String PREFIX = "uk.svkit.";

  public static final String CONTRACT_CREATED = PREFIX + "contract.created";
  public static final String CONTRACT_VARIED = PREFIX + "contract.varied";
  public static final String CONTRACT_TERMINATED = PREFIX + "contract.terminated";
  public static final String ASSESSMENT_PUBLISHED = PREFIX + "assessment.published";
  public static final String RETURN_SUBMITTED = PREFIX + "return.submitted";
  public static final String RETURN_VALIDATED = PREFIX + "return.validated";
  public static final String RETURN_REJECTED = PREFIX + "return.rejected";
  public static final String RETURN_CORRECTED = PREFIX + "return.corrected";
  public static final String RETURN_DUE = PREFIX + "return.due";
  public static final String RETURN_OVERDUE = PREFIX + "return.overdue";
  public static final String KPI_RATING_CHANGED = PREFIX + "kpi.rating_changed";
  public static final String TENDER_CLOSED = PREFIX + "tender.closed";
  public static final String TENDER_AWARDED = PREFIX + "tender.awarded";
  public static final String BID_SUBMITTED = PREFIX + "bid.submitted";
  public static final String NEED_POSTED = PREFIX + "need.posted";
  public static final String PLEDGE_MADE = PREFIX + "pledge.made";
  public static final String PLEDGE_DELIVERED = PREFIX + "pledge.delivered";
  public static final String OFFER_CLAIMED = PREFIX + "offer.claimed";
  public static final String AWARD_DECIDED = PREFIX + "award.decided";
  public static final String AWARD_EXPIRING = PREFIX + "award.expiring";
  public static final String SIGNATURE_MADE = PREFIX + "signature.made";
  public static final String SIGNATURE_WITHDRAWN = PREFIX + "signature.withdrawn";

  /** Sent only by the test-ping operation, to the one subscription pinged. */
  public static final String WEBHOOK_PING = PREFIX + "webhook.ping";

  /** The types a subscription may name. */
  public static final Set<String> SUBSCRIBABLE =
      Set.of(
          CONTRACT_CREATED,
          CONTRACT_VARIED,
          CONTRACT_TERMINATED,
          ASSESSMENT_PUBLISHED,
          RETURN_SUBMITTED,
          RETURN_VALIDATED,
          RETURN_REJECTED,
          RETURN_CORRECTED,
          RETURN_DUE,
          RETURN_OVERDUE,
          KPI_RATING_CHANGED,
          TENDER_CLOSED,
          TENDER_AWARDED,
          BID_SUBMITTED,
          NEED_POSTED,
          PLEDGE_MADE,
          PLEDGE_DELIVERED,
          OFFER_CLAIMED,
          AWARD_DECIDED,
          AWARD_EXPIRING,
          SIGNATURE_MADE,
          SIGNATURE_WITHDRAWN);
}
