package uk.svkit.api.framework.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateValuationRequest")
public class CreateValuationRequest {
  @NotBlank
  @Size(max = 36)
  public String proxySetId;

  @NotEmpty
  @Size(max = 1000)
  public List<@NotNull @Valid ValuationItemRequest> items;
}
