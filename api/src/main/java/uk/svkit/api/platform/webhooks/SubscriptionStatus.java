package uk.svkit.api.platform.webhooks;

/**
 * ACTIVE subscriptions get deliveries; a FAILING one (a delivery failed for the whole retry window)
 * gets none until its organisation updates it, and keeps its pending deliveries until then.
 */
public enum SubscriptionStatus {
  ACTIVE,
  FAILING
}
