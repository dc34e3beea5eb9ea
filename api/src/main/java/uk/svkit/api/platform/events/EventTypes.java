package uk.svkit.api.platform.events;

import java.util.Map;
import java.util.Set;
import uk.svkit.api.platform.security.Roles;

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
  public static final String DELIVERY_RECORDED = PREFIX + "delivery.recorded";
  public static final String DELIVERY_CONFIRMED = PREFIX + "delivery.confirmed";
  public static final String DELIVERY_DISPUTED = PREFIX + "delivery.disputed";
  public static final String AWARD_DECIDED = PREFIX + "award.decided";
  public static final String AWARD_EXPIRING = PREFIX + "award.expiring";
  public static final String SIGNATURE_MADE = PREFIX + "signature.made";
  public static final String SIGNATURE_WITHDRAWN = PREFIX + "signature.withdrawn";

  /** Sent only by the test-ping operation, to the one subscription pinged. */
  public static final String WEBHOOK_PING = PREFIX + "webhook.ping";

  private static final Set<String> CONTRACT_READERS =
      Set.of(Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER);
  private static final Set<String> TENDER_READERS =
      Set.of(Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.EVALUATOR, Roles.SUPPLIER);
  private static final Set<String> NOTICEBOARD_PARTIES = Set.of(Roles.VCFSE, Roles.SUPPLIER);
  private static final Set<String> EVERY_ROLE =
      Set.of(Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.EVALUATOR, Roles.SUPPLIER, Roles.VCFSE);

  /**
   * Who may subscribe to each type: the roles that may read its subject through the API (platform
   * admins may subscribe to any). An event carries only data its recipient organisation could read,
   * but within that organisation only these roles could: a VCFSE volunteer coordinator's token must
   * not set up a feed of the organisation's contract returns.
   */
  public static final Map<String, Set<String>> SUBSCRIBERS =
      Map.ofEntries(
          Map.entry(CONTRACT_CREATED, CONTRACT_READERS),
          Map.entry(CONTRACT_VARIED, CONTRACT_READERS),
          Map.entry(CONTRACT_TERMINATED, CONTRACT_READERS),
          Map.entry(ASSESSMENT_PUBLISHED, CONTRACT_READERS),
          Map.entry(RETURN_SUBMITTED, CONTRACT_READERS),
          Map.entry(RETURN_VALIDATED, CONTRACT_READERS),
          Map.entry(RETURN_REJECTED, CONTRACT_READERS),
          Map.entry(RETURN_CORRECTED, CONTRACT_READERS),
          Map.entry(RETURN_DUE, CONTRACT_READERS),
          Map.entry(RETURN_OVERDUE, CONTRACT_READERS),
          Map.entry(KPI_RATING_CHANGED, CONTRACT_READERS),
          Map.entry(TENDER_CLOSED, TENDER_READERS),
          Map.entry(TENDER_AWARDED, TENDER_READERS),
          Map.entry(BID_SUBMITTED, Set.of(Roles.BUYER, Roles.EVALUATOR)),
          Map.entry(NEED_POSTED, EVERY_ROLE),
          Map.entry(PLEDGE_MADE, NOTICEBOARD_PARTIES),
          Map.entry(PLEDGE_DELIVERED, NOTICEBOARD_PARTIES),
          Map.entry(OFFER_CLAIMED, NOTICEBOARD_PARTIES),
          Map.entry(DELIVERY_RECORDED, NOTICEBOARD_PARTIES),
          Map.entry(DELIVERY_CONFIRMED, NOTICEBOARD_PARTIES),
          Map.entry(DELIVERY_DISPUTED, NOTICEBOARD_PARTIES),
          Map.entry(AWARD_DECIDED, EVERY_ROLE),
          Map.entry(AWARD_EXPIRING, EVERY_ROLE),
          Map.entry(SIGNATURE_MADE, EVERY_ROLE),
          Map.entry(SIGNATURE_WITHDRAWN, EVERY_ROLE));

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
          DELIVERY_RECORDED,
          DELIVERY_CONFIRMED,
          DELIVERY_DISPUTED,
          AWARD_DECIDED,
          AWARD_EXPIRING,
          SIGNATURE_MADE,
          SIGNATURE_WITHDRAWN);
}
