package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(name = "CommitmentProgress")
public class CommitmentProgressResponse {
  public String commitmentId;
  public String measureCode;
  public String unitLabel;

  @Schema(
      description =
          "The whole-contract target (per-year and per-quarter targets scaled by the contract's months)")
  public BigDecimal target;

  @Schema(description = "The target pro-rated to the elapsed share of the contract")
  public BigDecimal expectedToDate;

  @Schema(description = "Submitted and validated returns, corrections counted once")
  public BigDecimal claimed;

  public BigDecimal validated;

  @Schema(description = "validated / expectedToDate; absent when nothing is expected yet")
  public BigDecimal deliveredShare;

  public Rating rating;
  public BigDecimal claimedValue;
  public BigDecimal validatedValue;
  public List<OverduePeriodResponse> overduePeriods;
}
