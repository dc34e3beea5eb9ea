package uk.svkit.api.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;

/**
 * Appends audit events (called by the repository base for every write) and reads them back within
 * the caller's tenancy. There is no operation to change or delete an event.
 */
@ApplicationScoped
public class AuditTrail {
  static final String SYSTEM_SUBJECT = "system";

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject Clock clock;

  public void record(AggregateRoot entity, AuditAction action, Collection<String> changedFields) {
    record(entity.entityType(), entity.id(), entity.ownerOrganisationId(), action, changedFields);
  }

  /**
   * Records an action on a record that is part of an aggregate rather than one itself (an edition's
   * elements, a bid's revisions), owned by the aggregate's organisation.
   */
  public void record(
      String entityType,
      String entityId,
      String ownerOrganisationId,
      AuditAction action,
      Collection<String> changedFields) {
    Caller caller = RequestContext.currentCaller();
    em.persist(
        new AuditEvent(
            Timestamps.now(clock),
            caller == null ? SYSTEM_SUBJECT : caller.subject(),
            caller == null ? null : caller.organisationId(),
            ownerOrganisationId,
            entityType,
            entityId,
            action,
            changedFields,
            RequestContext.currentRequestId()));
  }

  /**
   * Records the same action on many records in one JDBC batch, on the connection the caller is
   * writing them with (so in the same transaction): bulk writes stay audited without one ORM round
   * trip per record.
   */
  public void recordAll(
      java.sql.Connection connection,
      String entityType,
      String ownerOrganisationId,
      AuditAction action,
      List<String> entityIds,
      Collection<String> changedFields)
      throws java.sql.SQLException {
    Caller caller = RequestContext.currentCaller();
    OffsetDateTime now = Timestamps.now(clock);
    String fields =
        changedFields.isEmpty() ? null : String.join(",", changedFields.stream().sorted().toList());
    try (java.sql.PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO plt_audit_event (id, occurred_at, subject, actor_organisation_id, owner_organisation_id, entity_type, entity_id,"
                + " action, changed_fields, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (String entityId : entityIds) {
        insert.setString(1, java.util.UUID.randomUUID().toString());
        insert.setObject(2, now);
        insert.setString(3, caller == null ? SYSTEM_SUBJECT : caller.subject());
        insert.setString(4, caller == null ? null : caller.organisationId());
        insert.setString(5, ownerOrganisationId);
        insert.setString(6, entityType);
        insert.setString(7, entityId);
        insert.setString(8, action.name());
        insert.setString(9, fields);
        insert.setString(10, RequestContext.currentRequestId());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  public AuditEvent find(String id) {
    AuditEvent event = id == null || id.length() > 36 ? null : em.find(AuditEvent.class, id);
    if (event == null) {
      throw ProblemException.notFound("Audit event", id);
    }
    Tenancy.requireVisible("Audit event", id, event.ownerOrganisationId());
    return event;
  }

  /** Events in the order they happened, after the cursor, limited to the caller's tenancy. */
  public List<AuditEvent> list(String entityType, String entityId, Cursor after, int fetch) {
    String scope = Tenancy.listScope();
    StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
    if (scope != null) {
      jpql.append(" and e.ownerOrganisationId = :scope");
    }
    if (entityType != null) {
      jpql.append(" and e.entityType = :entityType");
    }
    if (entityId != null) {
      jpql.append(" and e.entityId = :entityId");
    }
    if (after != null) {
      jpql.append(
          " and (e.occurredAt > :afterAt or (e.occurredAt = :afterAt and e.id > :afterId))");
    }
    jpql.append(" order by e.occurredAt, e.id");
    TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class);
    if (scope != null) {
      query.setParameter("scope", scope);
    }
    if (entityType != null) {
      query.setParameter("entityType", entityType);
    }
    if (entityId != null) {
      query.setParameter("entityId", entityId);
    }
    if (after != null) {
      query.setParameter("afterAt", after.timestamp(0));
      query.setParameter("afterId", after.key(1));
    }
    return query.setMaxResults(fetch).getResultList();
  }
}
