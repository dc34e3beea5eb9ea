package uk.svkit.api.anchor.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MaturityModel")
public class ModelResponse {
  public String id;

  @Schema(description = "Absent for svkit's own model")
  public String programmeId;

  public String code;
  public int modelVersion;
  public String title;
  public String source;
  public List<MaturityLevelRequest> levels;
  public List<MaturityStatementRequest> statements;
}
