package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MaterialKpisRequest")
public class MaterialKpisRequest {
  @NotNull
  @Size(max = 3)
  public List<@NotBlank @Size(max = 36) String> commitmentIds;
}
