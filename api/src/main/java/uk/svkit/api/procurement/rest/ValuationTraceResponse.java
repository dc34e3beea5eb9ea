package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.framework.rest.ValuationTermResponse;

@Schema(name = "ValuationTrace")
public class ValuationTraceResponse {
  public List<ValuationTermResponse> terms;
  public BigDecimal total;
}
