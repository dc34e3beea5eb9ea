package uk.svkit.api.platform.audit;

/** What a write did to a record. */
public enum AuditAction {
  CREATED,
  UPDATED,
  DELETED
}
