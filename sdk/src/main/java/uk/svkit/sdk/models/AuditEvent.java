package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;

/** One entry of the audit trail: who changed which entity, when, and which fields. */
public final class AuditEvent {

  private String id;
  private OffsetDateTime occurredAt;
  private String subject;
  private String organisationId;
  private String ownerOrganisationId;
  private String entityType;
  private String entityId;
  private String action;
  private List<String> changedFields;
  private String requestId;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AuditEvent() {}

  /**
   * Returns the event id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns when the change happened.
   *
   * @return the time (UTC)
   */
  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  /**
   * Returns the authenticated subject (user or system) that made the change.
   *
   * @return the subject, such as {@code alice}
   */
  public String getSubject() {
    return subject;
  }

  /**
   * Returns the organisation the subject acted for.
   *
   * @return the acting organisation's id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the organisation that owns the changed entity.
   *
   * @return the owner organisation's id
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  /**
   * Returns the type of the changed entity. Kept as a string because every new API area adds types.
   *
   * @return the entity type, such as {@code organisation}
   */
  public String getEntityType() {
    return entityType;
  }

  /**
   * Returns the id of the changed entity.
   *
   * @return the entity id
   */
  public String getEntityId() {
    return entityId;
  }

  /**
   * Returns what happened.
   *
   * @return the action, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public AuditAction getAction() {
    return action == null || action.isBlank() ? null : AuditAction.fromString(action);
  }

  /**
   * Returns the names of the fields the change touched.
   *
   * @return an unmodifiable list, empty if none were reported
   */
  public List<String> getChangedFields() {
    return ModelLists.copy(changedFields);
  }

  /**
   * Returns the request id of the call that made the change.
   *
   * @return the request id
   */
  public String getRequestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return "AuditEvent{id="
        + id
        + ", occurredAt="
        + occurredAt
        + ", subject="
        + subject
        + ", entityType="
        + entityType
        + ", entityId="
        + entityId
        + ", action="
        + action
        + '}';
  }
}
