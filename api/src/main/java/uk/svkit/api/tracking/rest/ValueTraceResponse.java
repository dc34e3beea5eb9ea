package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValueTrace")
public class ValueTraceResponse {
  @Schema(enumeration = {"COMMITTED", "CLAIMED", "VALIDATED"})
  public String basis;

  public String currency;
  public BigDecimal total;
  public List<ValueTraceTermResponse> terms;
}
