package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;

@Schema(name = "CreateAnchorIndicatorRequest")
public class CreateAnchorIndicatorRequest {
  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = AnchorPatterns.CODE, message = AnchorPatterns.CODE_MESSAGE)
  public String code;

  @NotBlank
  @Size(max = 20)
  @Schema(description = "A pillar or principle code of the programme, such as P1")
  public String pillarCode;

  @NotBlank
  @Size(max = 300)
  public String title;

  @NotNull public IndicatorUnit unit;

  @NotNull public IndicatorDirection direction;

  @Size(max = 2000)
  public String description;
}
