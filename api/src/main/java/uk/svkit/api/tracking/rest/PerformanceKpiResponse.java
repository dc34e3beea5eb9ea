package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(name = "PerformanceKpi")
public class PerformanceKpiResponse {
  public String commitmentId;
  public String title;
  public BigDecimal target;
  public BigDecimal expectedToDate;
  public BigDecimal delivered;
  public Rating rating;
}
