package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignAssessorsRequest")
public class AssignAssessorsRequest {
  @NotNull
  @Size(max = 50)
  @Schema(
      description =
          "Token subjects of the people who decide the scheme's applications: users of the"
              + " administering organisation where the scheme has one (the same subject in another"
              + " organisation is not an assessor); any organisation's where platform admins run"
              + " it")
  public List<@NotBlank @Size(max = 200) String> assessors;
}
