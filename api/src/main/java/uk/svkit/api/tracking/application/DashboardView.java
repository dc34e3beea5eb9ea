package uk.svkit.api.tracking.application;

import java.util.List;
import uk.svkit.api.platform.money.Money;

/** The buyer's figures, every one in {@link #currency()}. */
public record DashboardView(
    String buyerOrganisationId,
    Money committedValue,
    Money claimedValue,
    Money validatedValue,
    List<DashboardRowView> byTheme,
    List<DashboardRowView> byPlace,
    List<DashboardRowView> byPeriod,
    List<ContractFigureView> topContracts,
    List<ContractFigureView> atRiskContracts) {
  public String currency() {
    return committedValue.currency();
  }
}
