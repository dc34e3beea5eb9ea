package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverduePeriod")
public class OverduePeriodResponse {
  public LocalDate periodStart;
  public LocalDate periodEnd;
  public LocalDate dueBy;
}
