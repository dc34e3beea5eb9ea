package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.PerformanceFailure;

@Schema(name = "PerformanceFailure")
public class PerformanceFailureResponse {
  public String id;
  public String contractId;
  public String commitmentId;
  public LocalDate occurredOn;
  public String description;
  public String remedy;
  public PerformanceFailure.Status status;
  public String recordedBy;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
  public long version;
}
