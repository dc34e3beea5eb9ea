/**
 * {@code Idempotency-Key} on creating POSTs: the stored response is replayed for 24 hours, a
 * different body under the same key is refused.
 */
package uk.svkit.api.platform.idempotency;
