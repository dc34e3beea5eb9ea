package uk.svkit.api.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What every stored aggregate has: an id, a version (its ETag), the organisation that owns it (its
 * tenant), timestamps, and the names of fields changed since it was loaded, which the audit trail
 * records. Subclasses change state through intention-revealing methods that call {@link
 * #changed(String)}.
 */
@MappedSuperclass
public abstract class AggregateRoot {
  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "owner_organisation_id", length = 36, updatable = false)
  private String ownerOrganisationId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Transient private final Set<String> changedFields = new LinkedHashSet<>();

  protected AggregateRoot() {}

  protected AggregateRoot(String id, String ownerOrganisationId) {
    this.id = id == null ? UUID.randomUUID().toString() : id;
    this.ownerOrganisationId = ownerOrganisationId;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  /** The name the audit trail and problem details use for this kind of record. */
  public abstract String entityType();

  protected void changed(String field) {
    changedFields.add(field);
    updatedAt = now();
  }

  Set<String> drainChangedFields() {
    Set<String> fields = Set.copyOf(changedFields);
    changedFields.clear();
    return fields;
  }

  boolean hasChanges() {
    return !changedFields.isEmpty();
  }

  /**
   * The repository stamps what it writes with the injected clock (so time-driven tests and a
   * deployment's clock decide it); the system time set at construction and on each change only
   * covers a record read before it is written.
   */
  void stampCreated(OffsetDateTime at) {
    createdAt = at;
    updatedAt = at;
  }

  void stampUpdated(OffsetDateTime at) {
    updatedAt = at;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String ownerOrganisationId() {
    return ownerOrganisationId;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
