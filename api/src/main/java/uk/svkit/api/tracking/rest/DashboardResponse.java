package uk.svkit.api.tracking.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dashboard")
public class DashboardResponse {
  public String buyerOrganisationId;
  public String currency;
  public DashboardTotalsResponse totals;
  public List<DashboardRowResponse> byTheme;
  public List<DashboardRowResponse> byPlace;
  public List<DashboardRowResponse> byPeriod;
  public List<ContractFigureResponse> topContracts;
  public List<ContractFigureResponse> atRiskContracts;
}
