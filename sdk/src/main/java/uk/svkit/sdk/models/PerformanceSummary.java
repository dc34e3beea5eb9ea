package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a buyer publishes about a contract's KPIs in a Contract Performance Notice (Procurement Act
 * 2023): each KPI's target, delivery and rating over a period, and an overall rating.
 */
public final class PerformanceSummary {

  private String contractId;
  private String ocid;
  private String title;
  // Object, not String: the contract does not fix whether the parties are sent as names or as
  // organisation references ({"id", "name"}), and a reader that accepts both never fails.
  private Object buyer;
  private Object supplier;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private List<PerformanceKpi> kpis;
  private String overallRating;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PerformanceSummary() {}

  /**
   * Returns the contract.
   *
   * @return the contract id
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the Open Contracting id of the contracting process.
   *
   * @return the OCID, or {@code null}
   */
  public String getOcid() {
    return ocid;
  }

  /**
   * Returns the contract's title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the buyer as the notice names it.
   *
   * @return the buyer's name (or, if the service sends only a reference, its id), or {@code null}
   */
  public String getBuyer() {
    return partyName(buyer);
  }

  /**
   * Returns the supplier as the notice names it.
   *
   * @return the supplier's name (or, if the service sends only a reference, its id), or {@code
   *     null}
   */
  public String getSupplier() {
    return partyName(supplier);
  }

  /**
   * Returns the first day of the period summarised.
   *
   * @return the date
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day of the period summarised.
   *
   * @return the date
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns the KPIs.
   *
   * @return an unmodifiable list, empty if the contract has none
   */
  public List<PerformanceKpi> getKpis() {
    return ModelLists.copy(kpis);
  }

  /**
   * Returns the overall rating of the contract.
   *
   * @return the rating, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public Rating getOverallRating() {
    return overallRating == null || overallRating.isBlank()
        ? null
        : Rating.fromString(overallRating);
  }

  /** A party bound as a JSON string, or as an object with a {@code name} or {@code id}. */
  private static String partyName(Object party) {
    if (party instanceof Map) {
      Object name = ((Map<?, ?>) party).get("name");
      if (name == null) {
        name = ((Map<?, ?>) party).get("id");
      }
      return name == null ? null : name.toString();
    }
    return party == null ? null : party.toString();
  }

  @Override
  public String toString() {
    return "PerformanceSummary{contractId="
        + contractId
        + ", periodEnd="
        + periodEnd
        + ", overallRating="
        + overallRating
        + '}';
  }
}
