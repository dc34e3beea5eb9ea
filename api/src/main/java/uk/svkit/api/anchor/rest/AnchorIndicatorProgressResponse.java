package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;

@Schema(name = "AnchorIndicatorProgress")
public class AnchorIndicatorProgressResponse {
  public String declarationId;
  public String indicatorCode;
  public String title;
  public IndicatorUnit unit;
  public IndicatorDirection direction;
  public BigDecimal baselineValue;
  public LocalDate baselineOn;
  public List<AnchorIndicatorTargetValueResponse> targets;
  public List<AnchorPeriodFigureResponse> periods;

  @Schema(description = "The most recent validated period; absent until one is validated")
  public AnchorPeriodFigureResponse latestValidated;

  @Schema(description = "The first target due on or after the latest validated period")
  public AnchorIndicatorTargetValueResponse nextTarget;

  @Schema(
      description =
          "How far the latest validated figure has come from the baseline towards the next target, in %")
  public BigDecimal progressPercent;
}
