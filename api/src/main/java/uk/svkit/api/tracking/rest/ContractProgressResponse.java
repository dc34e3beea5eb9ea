package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(name = "ContractProgress")
public class ContractProgressResponse {
  public String contractId;
  public LocalDate asOf;
  public BigDecimal elapsedShare;
  public List<CommitmentProgressResponse> commitments;

  @Schema(description = "The worst KPI rating (OTHER only when no KPI can be rated yet)")
  public Rating rating;

  public BigDecimal claimedValue;
  public BigDecimal validatedValue;
  public String currency;
  public int overdueReturns;
}
