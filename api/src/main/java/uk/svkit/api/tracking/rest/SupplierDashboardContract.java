package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SupplierDashboardContract",
    description =
        "One contract of a supplier's own view: its buyer, each KPI's commitment and claimed and validated delivery"
            + " (VCFSE-confirmed deliveries included) and the committed, claimed and validated £ with their value traces")
public class SupplierDashboardContract {
  public String contractId;
  public String buyerOrganisationId;
  public String buyerContractId;
  public String title;
  public String currency;
  public LocalDate startDate;
  public LocalDate endDate;
  public BigDecimal committedValue;
  public BigDecimal claimedValue;
  public BigDecimal validatedValue;
  public ContractProgressResponse progress;
  public ValueTraceResponse committedTrace;
  public ValueTraceResponse claimedTrace;
  public ValueTraceResponse validatedTrace;
}
