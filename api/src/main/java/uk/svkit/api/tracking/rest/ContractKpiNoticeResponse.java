package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ContractKpiNotice",
    description = "The KPIs a Contract Details Notice publishes: the (up to 3) most material")
public class ContractKpiNoticeResponse {
  public String contractId;
  public String ocid;
  public String title;
  public PartyResponse buyer;
  public PartyResponse supplier;
  public BigDecimal value;
  public String currency;
  public LocalDate startDate;
  public LocalDate endDate;

  @Schema(description = "True above £5m: the Act asks for KPIs and their publication")
  public boolean kpiRequired;

  public List<KpiNoticeEntryResponse> kpis;
}
