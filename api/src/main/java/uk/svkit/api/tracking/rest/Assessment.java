package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.PerformanceAssessment;

@Schema(
    name = "PerformanceAssessment",
    description = "A Contract Performance Notice (Procurement Act 2023 s.71), draft or published")
public class Assessment {
  public String id;
  public String contractId;
  public String ocid;
  public LocalDate periodStart;
  public LocalDate periodEnd;
  public PerformanceAssessment.Kind kind;
  public PerformanceAssessment.Status status;
  public String narrative;
  public String supersedesId;
  public String supersededById;
  public String createdBy;
  public OffsetDateTime createdAt;
  public String publishedBy;
  public OffsetDateTime publishedAt;
  public List<AssessedKpiResponse> kpis;

  @Schema(description = "The period's performance failures, frozen at publication")
  public List<ReportedFailureResponse> failures;

  public long version;
}
