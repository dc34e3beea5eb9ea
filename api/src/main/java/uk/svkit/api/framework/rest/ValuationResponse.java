package uk.svkit.api.framework.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Valuation")
public class ValuationResponse {
  public String id;
  public String proxySetId;
  public String proxySetName;
  public String frameworkCode;
  public String edition;
  public int priceYear;
  public String proxySource;
  public boolean illustrative;
  public String currency;

  @Schema(description = "Sum of the terms' values, each rounded to pence half-up")
  public BigDecimal total;

  public List<ValuationTermResponse> terms;
  public OffsetDateTime createdAt;
}
