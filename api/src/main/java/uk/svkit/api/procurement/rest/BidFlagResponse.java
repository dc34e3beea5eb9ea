package uk.svkit.api.procurement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.TenderEvaluation;

@Schema(name = "BidFlag")
public class BidFlagResponse {
  public TenderEvaluation.FlagCode code;
  public String questionKey;
  public String detail;
}
