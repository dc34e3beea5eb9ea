package uk.svkit.api.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as the API shows it. */
@Schema(name = "AuditEvent")
public class AuditEventResponse {
  public String id;
  public OffsetDateTime occurredAt;

  @Schema(description = "The token subject that made the change, or 'system'")
  public String subject;

  @Schema(description = "The organisation the caller acted for")
  public String organisationId;

  @Schema(description = "The organisation that owns the changed record")
  public String ownerOrganisationId;

  public String entityType;
  public String entityId;

  @Schema(enumeration = {"CREATED", "UPDATED", "DELETED"})
  public String action;

  public List<String> changedFields;
  public String requestId;

  static AuditEventResponse of(AuditEvent event) {
    AuditEventResponse response = new AuditEventResponse();
    response.id = event.id();
    response.occurredAt = event.occurredAt();
    response.subject = event.subject();
    response.organisationId = event.actorOrganisationId();
    response.ownerOrganisationId = event.ownerOrganisationId();
    response.entityType = event.entityType();
    response.entityId = event.entityId();
    response.action = event.action().name();
    response.changedFields = event.changedFields();
    response.requestId = event.requestId();
    return response;
  }
}
