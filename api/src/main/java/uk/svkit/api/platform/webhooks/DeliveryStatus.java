package uk.svkit.api.platform.webhooks;

/** PENDING until a 2xx answer (DELIVERED) or the end of the retry window (FAILED). */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
