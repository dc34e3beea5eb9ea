package uk.svkit.api.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One entry of the append-only audit trail: who changed which record, when and how. */
@Entity
@Table(name = "plt_audit_event")
public class AuditEvent {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "subject", length = 255, nullable = false)
  private String subject;

  @Column(name = "actor_organisation_id", length = 36)
  private String actorOrganisationId;

  @Column(name = "owner_organisation_id", length = 36)
  private String ownerOrganisationId;

  @Column(name = "entity_type", length = 64, nullable = false)
  private String entityType;

  @Column(name = "entity_id", length = 36, nullable = false)
  private String entityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 16, nullable = false)
  private AuditAction action;

  @Column(name = "changed_fields", length = 2000)
  private String changedFields;

  @Column(name = "request_id", length = 128)
  private String requestId;

  protected AuditEvent() {}

  AuditEvent(
      OffsetDateTime occurredAt,
      String subject,
      String actorOrganisationId,
      String ownerOrganisationId,
      String entityType,
      String entityId,
      AuditAction action,
      Collection<String> changedFields,
      String requestId) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = occurredAt;
    this.subject = subject;
    this.actorOrganisationId = actorOrganisationId;
    this.ownerOrganisationId = ownerOrganisationId;
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.changedFields =
        changedFields.isEmpty() ? null : String.join(",", changedFields.stream().sorted().toList());
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String subject() {
    return subject;
  }

  public String actorOrganisationId() {
    return actorOrganisationId;
  }

  public String ownerOrganisationId() {
    return ownerOrganisationId;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public AuditAction action() {
    return action;
  }

  public List<String> changedFields() {
    return changedFields == null ? List.of() : Arrays.asList(changedFields.split(","));
  }

  public String requestId() {
    return requestId;
  }
}
