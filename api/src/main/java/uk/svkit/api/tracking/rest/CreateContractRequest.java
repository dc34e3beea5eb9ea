package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateContractRequest")
public class CreateContractRequest {
  @NotBlank
  @Size(max = 100)
  @Schema(description = "Your own id for the contract; unique per buyer")
  public String buyerContractId;

  @Size(max = 100)
  @Pattern(
      regexp = "ocds-[a-z0-9]{6}-.+",
      message = "must be an OCDS ocid such as ocds-h6vhtk-04f1c2")
  public String ocid;

  @NotBlank
  @Size(max = 300)
  public String title;

  @NotBlank
  @Size(max = 36)
  public String supplierOrganisationId;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal value;

  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
  public String currency;

  @NotNull public LocalDate startDate;

  @NotNull public LocalDate endDate;

  @Size(max = 50)
  public List<@NotBlank @Size(max = 9) String> placesServed;

  @NotBlank
  @Size(max = 40)
  public String frameworkCode;

  @NotBlank
  @Size(max = 40)
  public String edition;

  @Size(max = 36)
  public String proxySetId;

  @NotNull
  @Size(max = 200)
  public List<@NotNull @Valid ContractCommitmentRequest> commitments;
}
