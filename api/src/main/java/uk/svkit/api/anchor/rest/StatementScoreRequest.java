package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementScore")
public class StatementScoreRequest {
  @NotBlank
  @Size(max = 20)
  public String statementCode;

  @NotNull
  @Min(1)
  @Max(10)
  public Integer level;

  @Size(max = 2000)
  public String evidenceNote;
}
