package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(name = "AssessedKpi")
public class AssessedKpiResponse {
  public String commitmentId;
  public String measureCode;
  public String title;
  public String unit;
  public boolean mostMaterial;

  @Schema(description = "Expected within the period under the targets then in force")
  public BigDecimal expected;

  @Schema(description = "Validated delivery reported for periods within the assessed period")
  public BigDecimal delivered;

  public BigDecimal deliveredShare;
  public Rating proposedRating;
  public Rating rating;
  public String overrideReason;
}
