package uk.svkit.api.anchor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishMaturityModelRequest")
public class PublishMaturityModelRequest {
  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = AnchorPatterns.CODE, message = AnchorPatterns.CODE_MESSAGE)
  public String code;

  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 2000)
  public String source;

  @NotNull
  @Size(min = 2, max = 10)
  public List<@NotNull @Valid MaturityLevelRequest> levels;

  @NotNull
  @Size(min = 4, max = 100)
  public List<@NotNull @Valid MaturityStatementRequest> statements;
}
