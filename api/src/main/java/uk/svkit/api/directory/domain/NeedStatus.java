package uk.svkit.api.directory.domain;

/**
 * Where a need is in its life: {@code OPEN} (asking for support) → {@code PLEDGED} (pledges cover
 * it in full) → {@code MET} (deliveries cover it in full) → {@code CLOSED} (its VCFSE closed it; it
 * may do so from any earlier status). Expiry is not a status: an open need past its expiry date
 * simply stops appearing in searches and takes no more pledges.
 */
public enum NeedStatus {
  OPEN,
  PLEDGED,
  MET,
  CLOSED
}
