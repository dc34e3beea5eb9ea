package uk.svkit.api.tracking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One KPI of a contract: a target quantity of a framework measure, how often it is reported, the
 * place it serves, the VCFSE partner delivering it if any, and how it is valued (proxy set and
 * adjustments, in percent).
 */
@Entity
@Table(name = "trk_commitment")
public class Commitment {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  /**
   * The owning side of the relation, so the row is inserted with its contract id in one statement.
   */
  @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY, optional = false)
  @jakarta.persistence.JoinColumn(name = "contract_id", nullable = false, updatable = false)
  private Contract contract;

  @Column(name = "position")
  private int position;

  @Column(name = "measure_code", length = 40)
  private String measureCode;

  @Column(name = "title", length = 300)
  private String title;

  @Column(name = "target_quantity", precision = 19, scale = 4)
  private BigDecimal targetQuantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "period", length = 16)
  private TargetPeriod period;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_frequency", length = 16)
  private ReportingFrequency reportingFrequency;

  @Column(name = "place_code", length = 9)
  private String placeCode;

  @Column(name = "vcfse_partner_id", length = 36)
  private String vcfsePartnerId;

  @Column(name = "proxy_set_id", length = 36)
  private String proxySetId;

  @Column(name = "deadweight", precision = 7, scale = 4)
  private BigDecimal deadweight;

  @Column(name = "attribution", precision = 7, scale = 4)
  private BigDecimal attribution;

  @Column(name = "displacement", precision = 7, scale = 4)
  private BigDecimal displacement;

  @Column(name = "drop_off", precision = 7, scale = 4)
  private BigDecimal dropOff;

  /** One of the (up to three) most material KPIs a Contract Details Notice publishes. */
  @Column(name = "most_material")
  private boolean mostMaterial;

  /** The date a KPI added by a variation applies from; null for a KPI agreed at award. */
  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "retired_on")
  private LocalDate retiredOn;

  /** Whether {@link #targetHistory} holds the definitions (set by the first variation). */
  @Column(name = "varied")
  private boolean varied;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "trk_commitment_target",
      joinColumns = @JoinColumn(name = "commitment_id"))
  @OrderBy("effectiveFrom")
  private List<TargetDefinition> targetHistory = new ArrayList<>();

  protected Commitment() {}

  /** Adjustments in percent (0–100), each optional. */
  public record Adjustments(
      BigDecimal deadweight, BigDecimal attribution, BigDecimal displacement, BigDecimal dropOff) {
    public static final Adjustments NONE = new Adjustments(null, null, null, null);
  }

  public Commitment(
      int position,
      String measureCode,
      String title,
      BigDecimal targetQuantity,
      TargetPeriod period,
      ReportingFrequency reportingFrequency,
      String placeCode,
      String vcfsePartnerId,
      String proxySetId,
      Adjustments adjustments) {
    this.id = UUID.randomUUID().toString();
    this.position = position;
    this.measureCode = measureCode;
    this.title = title;
    this.targetQuantity = targetQuantity;
    this.period = period;
    this.reportingFrequency = reportingFrequency;
    this.placeCode = placeCode;
    this.vcfsePartnerId = vcfsePartnerId;
    this.proxySetId = proxySetId;
    this.deadweight = adjustments.deadweight();
    this.attribution = adjustments.attribution();
    this.displacement = adjustments.displacement();
    this.dropOff = adjustments.dropOff();
  }

  public String id() {
    return id;
  }

  void attachTo(Contract contract) {
    this.contract = contract;
  }

  public Contract contract() {
    return contract;
  }

  public int position() {
    return position;
  }

  public String measureCode() {
    return measureCode;
  }

  public String title() {
    return title;
  }

  public BigDecimal targetQuantity() {
    return targetQuantity;
  }

  public TargetPeriod period() {
    return period;
  }

  public ReportingFrequency reportingFrequency() {
    return reportingFrequency;
  }

  public String placeCode() {
    return placeCode;
  }

  public String vcfsePartnerId() {
    return vcfsePartnerId;
  }

  /** The commitment's own proxy set, or null to use the contract's. */
  public String proxySetId() {
    return proxySetId;
  }

  public Adjustments adjustments() {
    return new Adjustments(deadweight, attribution, displacement, dropOff);
  }

  public boolean mostMaterial() {
    return mostMaterial;
  }

  void markMostMaterial(boolean material) {
    this.mostMaterial = material;
  }

  /** The first day the KPI applies: the contract's start, or the date a variation added it. */
  public LocalDate effectiveFrom() {
    return effectiveFrom(contract);
  }

  /** {@link #effectiveFrom()} as part of {@code of} (for a KPI not attached yet). */
  LocalDate effectiveFrom(Contract of) {
    return effectiveFrom(effectiveFrom, of.startDate());
  }

  static LocalDate effectiveFrom(LocalDate effectiveFrom, LocalDate contractStart) {
    return effectiveFrom != null ? effectiveFrom : contractStart;
  }

  /** The day the KPI stopped applying (retired by a variation), or null. */
  public LocalDate retiredOn() {
    return retiredOn;
  }

  public boolean retired() {
    return retiredOn != null;
  }

  /** The last day the KPI applies: its retirement's eve, the termination date or the end. */
  public LocalDate lastDay() {
    return lastDay(contract);
  }

  LocalDate lastDay(Contract of) {
    return lastDay(of.lastDay(), retiredOn);
  }

  static LocalDate lastDay(LocalDate contractLastDay, LocalDate retiredOn) {
    LocalDate last = contractLastDay;
    if (retiredOn != null && retiredOn.minusDays(1).isBefore(last)) {
      last = retiredOn.minusDays(1);
    }
    return last;
  }

  /**
   * The target definitions in force over the KPI's life, oldest first: one, the award's, unless a
   * variation re-targeted it.
   */
  public List<TargetDefinition> definitions() {
    return definitions(contract);
  }

  List<TargetDefinition> definitions(Contract of) {
    return definitions(varied, effectiveFrom(of), targetQuantity, period, targetHistory);
  }

  /**
   * The award's definition from the KPI's first day, or once varied the kept history (oldest
   * first).
   */
  static List<TargetDefinition> definitions(
      boolean varied,
      LocalDate firstDay,
      BigDecimal targetQuantity,
      TargetPeriod period,
      List<TargetDefinition> history) {
    if (!varied) {
      return List.of(new TargetDefinition(firstDay, targetQuantity, period));
    }
    return List.copyOf(history);
  }

  /** A KPI added by a variation: it applies from {@code from}. */
  void startOn(LocalDate from) {
    this.effectiveFrom = from;
    ensureHistory();
  }

  /** A new target from {@code from}; the earlier definition stays in force before it. */
  void retarget(LocalDate from, BigDecimal quantity, TargetPeriod newPeriod) {
    ensureHistory();
    targetHistory.removeIf(d -> !d.effectiveFrom().isBefore(from));
    targetHistory.add(new TargetDefinition(from, quantity, newPeriod));
    this.targetQuantity = quantity;
    this.period = newPeriod;
  }

  void retire(LocalDate on) {
    ensureHistory();
    this.retiredOn = on;
  }

  private void ensureHistory() {
    if (!varied) {
      targetHistory.add(new TargetDefinition(effectiveFrom(), targetQuantity, period));
      varied = true;
    }
  }
}
