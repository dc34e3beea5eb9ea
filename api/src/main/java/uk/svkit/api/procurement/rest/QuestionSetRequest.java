package uk.svkit.api.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionSetRequest")
public class QuestionSetRequest {
  @NotBlank
  @Size(max = 200)
  public String title;

  @Size(max = 4000)
  public String description;

  @NotBlank
  @Size(max = 40)
  public String frameworkCode;

  @NotBlank
  @Size(max = 40)
  public String edition;

  @NotNull
  @Size(max = 200)
  public List<@NotNull @Valid QuestionRequest> questions;
}
