package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DashboardRow")
public class DashboardRowResponse {
  public String key;
  public String label;
  public BigDecimal committedValue;
  public BigDecimal claimedValue;
  public BigDecimal validatedValue;
}
