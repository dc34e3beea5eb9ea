package uk.svkit.api.platform.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.audit.AuditTrail;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;

/**
 * The base of every repository, so tenancy and audit cannot be forgotten: {@link #find} hides other
 * tenants' records (404), and {@link #add}/{@link #store}/{@link #remove} write the audit event in
 * the same transaction as the change. Writes flush at once so constraint and version conflicts
 * surface inside the service call, not at commit.
 */
public abstract class Repository<T extends AggregateRoot> {
  @PersistenceContext(unitName = "svkit")
  protected EntityManager em;

  @Inject protected AuditTrail audit;
  @Inject protected Clock clock;

  private final Class<T> type;
  private final String displayName;

  protected Repository(Class<T> type, String displayName) {
    this.type = type;
    this.displayName = displayName;
  }

  /** The record, if it exists and the caller may see it; otherwise a 404 problem. */
  public T find(String id) {
    return findVisible(id).orElseThrow(() -> ProblemException.notFound(displayName, id));
  }

  public Optional<T> findVisible(String id) {
    if (id == null || id.length() > 36) {
      return Optional.empty();
    }
    T entity = load(id);
    if (entity == null || !isVisible(entity)) {
      return Optional.empty();
    }
    return Optional.of(entity);
  }

  /** Reads one record by id; repositories override it to fetch an aggregate in one query. */
  protected T load(String id) {
    return em.find(type, id);
  }

  /** Visibility rule for this kind of record; by default, the owning tenant and admins. */
  protected boolean isVisible(T entity) {
    return Tenancy.canSee(entity.ownerOrganisationId());
  }

  public T add(T entity) {
    entity.stampCreated(Timestamps.now(clock));
    em.persist(entity);
    em.flush();
    entity.drainChangedFields(); // a creation sets every field; the event need not list them
    audit.record(entity, AuditAction.CREATED, Set.of());
    return entity;
  }

  /** Writes the changes made to a record read in this transaction, if there are any. */
  public T store(T entity) {
    if (!entity.hasChanges()) {
      return entity;
    }
    Set<String> fields = entity.drainChangedFields();
    entity.stampUpdated(Timestamps.now(clock));
    em.flush();
    audit.record(entity, AuditAction.UPDATED, fields);
    return entity;
  }

  /**
   * Applies a change to a record the client read at {@code expectedVersion} (its If-Match) and
   * stores it: 412 without running the change when the record has moved on since. Checks that must
   * answer before a stale version (403, 409) run before this call.
   */
  public T update(T entity, long expectedVersion, Runnable change) {
    Versions.requireCurrent(expectedVersion, entity.version());
    change.run();
    return store(entity);
  }

  public void remove(T entity) {
    em.remove(entity);
    em.flush();
    audit.record(entity, AuditAction.DELETED, Set.of());
  }
}
