package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;
import uk.svkit.api.tracking.domain.ReportingFrequency;

@Schema(name = "AnchorIndicatorDeclaration")
public class DeclarationResponse {
  public String id;
  public String programmeId;
  public String organisationId;
  public String signatureId;
  public String indicatorCode;
  public String pillarCode;
  public String title;
  public IndicatorUnit unit;
  public IndicatorDirection direction;
  public ReportingFrequency frequency;
  public LocalDate reportingFrom;
  public BigDecimal baselineValue;
  public LocalDate baselineOn;
  public List<AnchorIndicatorTargetValueResponse> targets;
  public long version;
}
