package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawSignatureRequest")
public class WithdrawSignatureRequest {
  @Schema(description = "Default today; never in the future nor before the signature")
  public LocalDate withdrawnOn;

  @NotBlank
  @Size(max = 2000)
  public String reason;
}
