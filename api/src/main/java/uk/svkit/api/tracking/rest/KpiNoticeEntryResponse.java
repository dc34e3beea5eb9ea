package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.TargetPeriod;

@Schema(name = "KpiNoticeEntry")
public class KpiNoticeEntryResponse {
  public String commitmentId;
  public String measureCode;
  public String title;
  public String unit;
  public BigDecimal targetQuantity;
  public TargetPeriod period;

  @Schema(description = "The target over the contract's life under the definitions in force")
  public BigDecimal wholeContractTarget;

  public LocalDate effectiveFrom;
}
