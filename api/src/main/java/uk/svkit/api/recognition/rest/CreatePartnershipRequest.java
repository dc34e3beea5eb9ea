package uk.svkit.api.recognition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePartnershipRequest")
public class CreatePartnershipRequest {
  @NotBlank
  @Size(max = 36)
  @Schema(description = "The VCFSE partner (an organisation with the VCFSE role)")
  public String vcfseOrganisationId;

  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 4000)
  public String description;

  @NotNull public LocalDate startedOn;

  @Schema(description = "Absent while it runs on")
  public LocalDate endsOn;

  @NotBlank
  @Size(max = 40)
  public String frameworkCode;

  @NotBlank
  @Size(max = 40)
  public String edition;

  @Size(max = 36)
  @Schema(
      description = "Values the partnership (£) with the one valuation engine; absent: not valued")
  public String proxySetId;

  @NotNull
  @Size(min = 1, max = 50)
  public List<@NotNull @Valid PartnershipCommitmentRequest> commitments;
}
