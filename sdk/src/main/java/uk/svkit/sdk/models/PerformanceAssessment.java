package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Contract Performance Notice (Procurement Act 2023 s.71): the assessment of a contract's KPIs
 * over a period of at most 12 months, or on termination. Life cycle: {@code DRAFT} (ratings
 * proposed, the contract manager overrides and writes the narrative), {@code PUBLISHED}
 * (immutable), {@code SUPERSEDED} once a correction is published. Instances read individually carry
 * the ETag of the version read.
 */
public final class PerformanceAssessment {

  private String id;
  private String contractId;
  private String ocid;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String kind;
  private String status;
  private String narrative;
  private String supersedesId;
  private String supersededById;
  private String createdBy;
  private OffsetDateTime createdAt;
  private String publishedBy;
  private OffsetDateTime publishedAt;
  private List<AssessedKpi> kpis;
  private List<ReportedPerformanceFailure> failures;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PerformanceAssessment() {}

  /**
   * Returns the id.
   *
   * @return the value
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the contract.
   *
   * @return the value
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the contract's OCDS ocid (not on list items).
   *
   * @return the value
   */
  public String getOcid() {
    return ocid;
  }

  /**
   * Returns the first day assessed.
   *
   * @return the value
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day assessed.
   *
   * @return the value
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns {@code PERIODIC} or {@code TERMINATION}.
   *
   * @return the value
   */
  public String getKind() {
    return kind;
  }

  /**
   * Returns {@code DRAFT}, {@code PUBLISHED} or {@code SUPERSEDED}.
   *
   * @return the value
   */
  public String getStatus() {
    return status;
  }

  /**
   * Returns the narrative.
   *
   * @return the value
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the published assessment this one corrects, or {@code null}.
   *
   * @return the value
   */
  public String getSupersedesId() {
    return supersedesId;
  }

  /**
   * Returns the correction that superseded this one, or {@code null}.
   *
   * @return the value
   */
  public String getSupersededById() {
    return supersededById;
  }

  /**
   * Returns who created it.
   *
   * @return the value
   */
  public String getCreatedBy() {
    return createdBy;
  }

  /**
   * Returns when it was created.
   *
   * @return the value
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns who published it.
   *
   * @return the value
   */
  public String getPublishedBy() {
    return publishedBy;
  }

  /**
   * Returns when it was published.
   *
   * @return the value
   */
  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  /**
   * Returns the KPIs assessed.
   *
   * @return the value; an unmodifiable list, possibly empty
   */
  public List<AssessedKpi> getKpis() {
    return kpis == null ? List.of() : List.copyOf(kpis);
  }

  /**
   * Returns the performance failures of the period, frozen at publication.
   *
   * @return the value; an unmodifiable list, possibly empty
   */
  public List<ReportedPerformanceFailure> getFailures() {
    return failures == null ? List.of() : List.copyOf(failures);
  }

  /**
   * Returns the version.
   *
   * @return the value
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns the ETag of the version read, for the next change ({@code If-Match}).
   *
   * @return the ETag, or {@code null} for an item read from a list
   */
  public String getETag() {
    return eTag;
  }
}
