package uk.svkit.api.anchor.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.tracking.domain.ReportingFrequency;

/**
 * An anchor signatory's indicator: which catalogue entry it measures (copied, so the meaning of its
 * figures never changes), its baseline, its targets and how often it reports. Returns report
 * periods that run back to back from {@code reportingFrom}. It belongs to the signatory; the
 * programme's administering organisation validates its returns and so may read it too.
 */
@Entity
@Table(name = "anc_declaration")
public class Declaration extends AggregateRoot {
  @Column(name = "programme_id", length = 36, nullable = false, updatable = false)
  private String programmeId;

  @Column(name = "signature_id", length = 36, nullable = false, updatable = false)
  private String signatureId;

  @Column(name = "administering_organisation_id", length = 36, updatable = false)
  private String administeringOrganisationId;

  @Column(name = "indicator_code", length = 40, nullable = false, updatable = false)
  private String indicatorCode;

  @Column(name = "pillar_code", length = 20, nullable = false, updatable = false)
  private String pillarCode;

  @Column(name = "title", length = 300, nullable = false, updatable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit", length = 20, nullable = false, updatable = false)
  private IndicatorUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", length = 20, nullable = false, updatable = false)
  private IndicatorDirection direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", length = 16, nullable = false, updatable = false)
  private ReportingFrequency frequency;

  @Column(name = "reporting_from", nullable = false, updatable = false)
  private LocalDate reportingFrom;

  @Column(name = "baseline_value", precision = 19, scale = 4, nullable = false)
  private BigDecimal baselineValue;

  @Column(name = "baseline_on", nullable = false)
  private LocalDate baselineOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "anc_declaration_target",
      joinColumns = @JoinColumn(name = "declaration_id"))
  @OrderBy("dueOn")
  private List<IndicatorTarget> targets = new ArrayList<>();

  protected Declaration() {}

  public Declaration(
      String organisationId,
      String programmeId,
      String signatureId,
      String administeringOrganisationId,
      Indicator indicator,
      ReportingFrequency frequency,
      LocalDate reportingFrom,
      BigDecimal baselineValue,
      LocalDate baselineOn,
      List<IndicatorTarget> targets) {
    super(null, organisationId);
    this.programmeId = programmeId;
    this.signatureId = signatureId;
    this.administeringOrganisationId = administeringOrganisationId;
    this.indicatorCode = indicator.code();
    this.pillarCode = indicator.pillarCode();
    this.title = indicator.title();
    this.unit = indicator.unit();
    this.direction = indicator.direction();
    this.frequency = frequency;
    this.reportingFrom = reportingFrom;
    setPlan(baselineValue, baselineOn, targets);
  }

  @Override
  public String entityType() {
    return "anchor-indicator-declaration";
  }

  /** Resets the baseline and targets (a revised plan); returns already made are unaffected. */
  public void revisePlan(BigDecimal baselineValue, LocalDate baselineOn, List<IndicatorTarget> to) {
    setPlan(baselineValue, baselineOn, to);
    changed("plan");
  }

  private void setPlan(BigDecimal baselineValue, LocalDate baselineOn, List<IndicatorTarget> to) {
    for (int i = 0; i < to.size(); i++) {
      if (!to.get(i).dueOn().isAfter(baselineOn)) {
        throw ProblemException.invalid(
            "targets[" + i + "].dueOn", "must be after the baseline date " + baselineOn);
      }
      for (int j = 0; j < i; j++) {
        if (to.get(j).dueOn().equals(to.get(i).dueOn())) {
          throw ProblemException.invalid("targets[" + i + "].dueOn", "is given twice");
        }
      }
    }
    this.baselineValue = baselineValue;
    this.baselineOn = baselineOn;
    this.targets.clear();
    this.targets.addAll(to.stream().sorted(Comparator.comparing(IndicatorTarget::dueOn)).toList());
  }

  /**
   * Whether {@code start}..{@code end} is one of the declaration's reporting periods: starting
   * {@code reportingFrom} plus a whole number of periods, and one period long.
   */
  public boolean isReportingPeriod(LocalDate start, LocalDate end) {
    if (start.isBefore(reportingFrom)) {
      return false;
    }
    return frequency.periods(reportingFrom, end).stream()
            .anyMatch(p -> p.start().equals(start) && p.end().equals(end))
        && start.plusMonths(months()).minusDays(1).equals(end);
  }

  private int months() {
    return switch (frequency) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case ANNUALLY -> 12;
    };
  }

  /** The first target due on or after a day, if any: what the figure of that day aims at. */
  public IndicatorTarget nextTarget(LocalDate on) {
    return targets.stream().filter(t -> !t.dueOn().isBefore(on)).findFirst().orElse(null);
  }

  public String organisationId() {
    return ownerOrganisationId();
  }

  public String programmeId() {
    return programmeId;
  }

  public String signatureId() {
    return signatureId;
  }

  public String administeringOrganisationId() {
    return administeringOrganisationId;
  }

  public String indicatorCode() {
    return indicatorCode;
  }

  public String pillarCode() {
    return pillarCode;
  }

  public String title() {
    return title;
  }

  public IndicatorUnit unit() {
    return unit;
  }

  public IndicatorDirection direction() {
    return direction;
  }

  public ReportingFrequency frequency() {
    return frequency;
  }

  public LocalDate reportingFrom() {
    return reportingFrom;
  }

  public BigDecimal baselineValue() {
    return baselineValue;
  }

  public LocalDate baselineOn() {
    return baselineOn;
  }

  public List<IndicatorTarget> targets() {
    return List.copyOf(targets);
  }
}
