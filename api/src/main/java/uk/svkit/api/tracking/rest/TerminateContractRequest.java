package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerminateContractRequest")
public class TerminateContractRequest {
  @NotNull public LocalDate terminatedOn;

  @NotBlank
  @Size(max = 2000)
  public String reason;
}
