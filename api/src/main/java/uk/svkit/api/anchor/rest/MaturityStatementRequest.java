package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.MaturityStage;

@Schema(name = "MaturityStatement")
public class MaturityStatementRequest {
  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = AnchorPatterns.CODE, message = AnchorPatterns.CODE_MESSAGE)
  public String code;

  @NotNull public MaturityStage stage;

  @NotBlank
  @Size(max = 1000)
  public String text;
}
