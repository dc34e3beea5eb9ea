package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The KPI extract of a Contract Details Notice (Procurement Act 2023): the contract and its (up to
 * three) most material KPIs.
 */
public final class ContractKpiNotice {

  private String contractId;
  private String ocid;
  private String title;
  private BigDecimal value;
  private String currency;
  private LocalDate startDate;
  private LocalDate endDate;
  private boolean kpiRequired;
  private List<ContractKpiNoticeEntry> kpis;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractKpiNotice() {}

  /**
   * Returns the contract.
   *
   * @return the value
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the OCDS ocid of the contract.
   *
   * @return the value
   */
  public String getOcid() {
    return ocid;
  }

  /**
   * Returns the title.
   *
   * @return the value
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the currency.
   *
   * @return the value
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the start date.
   *
   * @return the value
   */
  public LocalDate getStartDate() {
    return startDate;
  }

  /**
   * Returns the last day (the termination date if terminated).
   *
   * @return the value
   */
  public LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Returns whether the contract is above £5m, where the Act asks for KPIs.
   *
   * @return whether it is so
   */
  public boolean isKpiRequired() {
    return kpiRequired;
  }

  /**
   * Returns the most material KPIs.
   *
   * @return the value; an unmodifiable list, possibly empty
   */
  public List<ContractKpiNoticeEntry> getKpis() {
    return kpis == null ? List.of() : List.copyOf(kpis);
  }
}
