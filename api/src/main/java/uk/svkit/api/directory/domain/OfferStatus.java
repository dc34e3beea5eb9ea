package uk.svkit.api.directory.domain;

/**
 * Where a business's offer is in its life: {@code OPEN} (nothing claimed yet) → {@code
 * PARTLY_TAKEN} (claims take part of its quantity; still listed for more) → {@code TAKEN} (claims
 * take all of it) → {@code DELIVERED} (its business recorded deliveries covering it) → {@code
 * CLOSED} (its business closed it; it may do so from any earlier status). As with needs, expiry is
 * not a status: an offer past its expiry date stops appearing in searches and takes no more claims,
 * while claims already made stay deliverable.
 */
public enum OfferStatus {
  OPEN,
  PARTLY_TAKEN,
  TAKEN,
  DELIVERED,
  CLOSED
}
