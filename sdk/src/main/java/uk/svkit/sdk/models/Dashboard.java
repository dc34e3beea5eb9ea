package uk.svkit.sdk.models;

import java.util.List;

/**
 * A buyer's social value across its contracts: money {@linkplain #getTotals() totals}, breakdowns
 * by theme, place and period, the contracts that delivered most, and those at risk.
 */
public final class Dashboard {

  private String buyerOrganisationId;
  private String currency;
  private DashboardTotals totals;
  private List<DashboardRow> byTheme;
  private List<DashboardRow> byPlace;
  private List<DashboardRow> byPeriod;
  private List<DashboardContract> topContracts;
  private List<DashboardContract> atRiskContracts;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Dashboard() {}

  /**
   * Returns the buyer.
   *
   * @return the buyer organisation's id
   */
  public String getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  /**
   * Returns the currency of the values.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the money totals.
   *
   * @return the totals
   */
  public DashboardTotals getTotals() {
    return totals;
  }

  /**
   * Returns the values by theme of the framework.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<DashboardRow> getByTheme() {
    return ModelLists.copy(byTheme);
  }

  /**
   * Returns the values by place benefiting.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<DashboardRow> getByPlace() {
    return ModelLists.copy(byPlace);
  }

  /**
   * Returns the values by reporting period.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<DashboardRow> getByPeriod() {
    return ModelLists.copy(byPeriod);
  }

  /**
   * Returns the contracts with the highest validated value, highest first.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<DashboardContract> getTopContracts() {
    return ModelLists.copy(topContracts);
  }

  /**
   * Returns the contracts whose rating shows they are at risk.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<DashboardContract> getAtRiskContracts() {
    return ModelLists.copy(atRiskContracts);
  }

  @Override
  public String toString() {
    return "Dashboard{buyerOrganisationId=" + buyerOrganisationId + ", totals=" + totals + '}';
  }
}
