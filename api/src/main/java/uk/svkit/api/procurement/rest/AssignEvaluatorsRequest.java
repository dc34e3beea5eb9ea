package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignEvaluatorsRequest")
public class AssignEvaluatorsRequest {
  @NotNull
  @Size(max = 50)
  @Schema(description = "The evaluators' token subjects (the JWT upn or sub)")
  public List<@NotBlank @Size(max = 200) String> evaluators;
}
