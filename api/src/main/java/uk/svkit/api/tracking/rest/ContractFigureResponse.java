package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(name = "ContractFigure")
public class ContractFigureResponse {
  public String contractId;
  public String title;
  public BigDecimal validatedValue;
  public Rating rating;
}
