package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DashboardTotals")
public class DashboardTotalsResponse {
  public BigDecimal committedValue;
  public BigDecimal claimedValue;
  public BigDecimal validatedValue;
}
