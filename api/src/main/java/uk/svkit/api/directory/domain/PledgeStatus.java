package uk.svkit.api.directory.domain;

/** A pledge is {@code PLEDGED} until its business records the delivery. */
public enum PledgeStatus {
  PLEDGED,
  DELIVERED
}
