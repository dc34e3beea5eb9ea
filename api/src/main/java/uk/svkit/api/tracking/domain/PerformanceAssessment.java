package uk.svkit.api.tracking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A Contract Performance Notice in the making (Procurement Act 2023 s.71): the assessment of a
 * contract's KPIs over a period of at most 12 months, or up to its termination. Created as a DRAFT
 * with each KPI's rating proposed from delivery against the target in force; the contract manager
 * overrides ratings (with a reason) and writes the narrative; PUBLISHED freezes it with the
 * period's performance failures. A correction is a new assessment of the same period that
 * supersedes the published one when it is published itself.
 */
@Entity
@Table(name = "trk_assessment")
public class PerformanceAssessment extends AggregateRoot {
  /** Why the assessment is made: the periodic (at least annual) notice or the termination one. */
  public enum Kind {
    PERIODIC,
    TERMINATION
  }

  /** Where the assessment stands. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
  }

  /** One KPI as assessed. */
  @Embeddable
  public static class AssessedKpi {
    @Column(name = "commitment_id", length = 36)
    private String commitmentId;

    @Column(name = "measure_code", length = 40)
    private String measureCode;

    @Column(name = "title", length = 300)
    private String title;

    @Column(name = "unit", length = 100)
    private String unit;

    @Column(name = "most_material")
    private boolean mostMaterial;

    @Column(name = "expected", precision = 19, scale = 4)
    private BigDecimal expected;

    @Column(name = "delivered", precision = 19, scale = 4)
    private BigDecimal delivered;

    @Column(name = "delivered_share", precision = 19, scale = 4)
    private BigDecimal deliveredShare;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_rating", length = 24)
    private Rating proposedRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 24)
    private Rating rating;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    protected AssessedKpi() {}

    public AssessedKpi(
        String commitmentId,
        String measureCode,
        String title,
        String unit,
        boolean mostMaterial,
        BigDecimal expected,
        BigDecimal delivered,
        BigDecimal deliveredShare,
        Rating proposedRating) {
      this.commitmentId = commitmentId;
      this.measureCode = measureCode;
      this.title = title;
      this.unit = unit;
      this.mostMaterial = mostMaterial;
      this.expected = expected;
      this.delivered = delivered;
      this.deliveredShare = deliveredShare;
      this.proposedRating = proposedRating;
      this.rating = proposedRating;
    }

    public String commitmentId() {
      return commitmentId;
    }

    public String measureCode() {
      return measureCode;
    }

    public String title() {
      return title;
    }

    public String unit() {
      return unit;
    }

    public boolean mostMaterial() {
      return mostMaterial;
    }

    /** What the target in force expected delivered within the period. */
    public BigDecimal expected() {
      return expected;
    }

    /** What validated returns delivered within the period. */
    public BigDecimal delivered() {
      return delivered;
    }

    /** Delivered over expected, or null where nothing was expected or the measure is text. */
    public BigDecimal deliveredShare() {
      return deliveredShare;
    }

    public Rating proposedRating() {
      return proposedRating;
    }

    public Rating rating() {
      return rating;
    }

    /** Why the rating differs from the proposal, or null if it does not. */
    public String overrideReason() {
      return overrideReason;
    }

    public boolean overridden() {
      return rating != proposedRating;
    }

    AssessedKpi rated(Rating newRating, String reason) {
      AssessedKpi copy =
          new AssessedKpi(
              commitmentId,
              measureCode,
              title,
              unit,
              mostMaterial,
              expected,
              delivered,
              deliveredShare,
              proposedRating);
      copy.rating = newRating;
      copy.overrideReason = reason;
      return copy;
    }
  }

  /** A performance failure as the published notice reports it. */
  @Embeddable
  public static class ReportedFailure {
    @Column(name = "failure_id", length = 36)
    private String failureId;

    @Column(name = "commitment_id", length = 36)
    private String commitmentId;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "remedy", length = 4000)
    private String remedy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    private PerformanceFailure.Status status;

    protected ReportedFailure() {}

    public ReportedFailure(PerformanceFailure f) {
      this.failureId = f.id();
      this.commitmentId = f.commitmentId();
      this.occurredOn = f.occurredOn();
      this.description = f.description();
      this.remedy = f.remedy();
      this.status = f.status();
    }

    public String failureId() {
      return failureId;
    }

    public String commitmentId() {
      return commitmentId;
    }

    public LocalDate occurredOn() {
      return occurredOn;
    }

    public String description() {
      return description;
    }

    public String remedy() {
      return remedy;
    }

    public PerformanceFailure.Status status() {
      return status;
    }
  }

  /** Longest period one assessment covers (Procurement Act 2023 s.71: at least every 12 months). */
  public static final int MAX_MONTHS = 12;

  @Column(name = "contract_id", length = 36)
  private String contractId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private Status status;

  @Column(name = "narrative", length = 10000)
  private String narrative;

  @Column(name = "supersedes_id", length = 36)
  private String supersedesId;

  @Column(name = "superseded_by_id", length = 36)
  private String supersededById;

  @Column(name = "created_by", length = 200)
  private String createdBy;

  @Column(name = "published_by", length = 200)
  private String publishedBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "trk_assessment_kpi", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "position")
  private List<AssessedKpi> kpis = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "trk_assessment_failure",
      joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "position")
  private List<ReportedFailure> failures = new ArrayList<>();

  protected PerformanceAssessment() {}

  public PerformanceAssessment(
      Contract contract,
      LocalDate periodStart,
      LocalDate periodEnd,
      Kind kind,
      String supersedesId,
      String createdBy,
      List<AssessedKpi> kpis) {
    super(null, contract.ownerOrganisationId());
    this.contractId = contract.id();
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.kind = kind;
    this.status = Status.DRAFT;
    this.supersedesId = supersedesId;
    this.createdBy = createdBy;
    this.kpis.addAll(kpis);
  }

  @Override
  public String entityType() {
    return "performance-assessment";
  }

  /**
   * Why a period cannot be assessed for this contract, if it cannot: it must lie within the
   * contract's life and last at most 12 months.
   */
  public static Optional<String> periodProblem(Contract contract, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return Optional.of("periodEnd must not be before periodStart");
    }
    if (start.isBefore(contract.startDate()) || end.isAfter(contract.lastDay())) {
      return Optional.of(
          "the period must lie within the contract, "
              + contract.startDate()
              + " to "
              + contract.lastDay());
    }
    if (!end.isBefore(start.plusMonths(MAX_MONTHS))) {
      return Optional.of("an assessment covers at most " + MAX_MONTHS + " months");
    }
    return Optional.empty();
  }

  public boolean draft() {
    return status == Status.DRAFT;
  }

  /**
   * Sets a KPI's rating; a rating other than the proposal needs the reason. Returns false if the
   * assessment has no such KPI.
   */
  public boolean rate(String commitmentId, Rating rating, String reason) {
    for (int i = 0; i < kpis.size(); i++) {
      AssessedKpi k = kpis.get(i);
      if (k.commitmentId.equals(commitmentId)) {
        // A new element rather than a change in place, so the collection is seen to change.
        kpis.set(i, k.rated(rating, rating == k.proposedRating ? null : reason));
        changed("kpis");
        return true;
      }
    }
    return false;
  }

  public void describe(String newNarrative) {
    this.narrative = newNarrative;
    changed("narrative");
  }

  /** Publishes the notice with the failures it reports; nothing changes after this. */
  public void publish(List<PerformanceFailure> periodFailures, String by, OffsetDateTime at) {
    this.status = Status.PUBLISHED;
    this.publishedBy = by;
    this.publishedAt = at;
    this.failures.clear();
    periodFailures.forEach(f -> failures.add(new ReportedFailure(f)));
    changed("status");
  }

  public void supersedeBy(PerformanceAssessment correction) {
    this.status = Status.SUPERSEDED;
    this.supersededById = correction.id();
    changed("status");
  }

  public String contractId() {
    return contractId;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public Kind kind() {
    return kind;
  }

  public Status status() {
    return status;
  }

  public String narrative() {
    return narrative;
  }

  public String supersedesId() {
    return supersedesId;
  }

  public String supersededById() {
    return supersededById;
  }

  public String createdBy() {
    return createdBy;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public List<AssessedKpi> kpis() {
    return List.copyOf(kpis);
  }

  /** The failures reported: frozen at publication (a draft shows none until then). */
  public List<ReportedFailure> failures() {
    return List.copyOf(failures);
  }
}
