package uk.svkit.api.recognition.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.framework.rest.ValuationTermResponse;

@Schema(name = "PartnershipValue")
public class PartnershipValueResponse {
  public String proxySetId;
  public String currency;

  @Schema(description = "The commitments' targets, valued")
  public BigDecimal committedValue;

  @Schema(description = "What the VCFSE confirmed, valued; the trace adds up to it")
  public BigDecimal deliveredValue;

  public List<ValuationTermResponse> trace;
}
