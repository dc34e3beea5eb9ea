package uk.svkit.api.framework.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateProxySetRequest")
public class CreateProxySetRequest {
  @NotBlank
  @Size(max = 40)
  public String frameworkCode;

  @NotBlank
  @Size(max = 40)
  public String edition;

  @NotBlank
  @Size(max = 200)
  public String name;

  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
  public String currency;

  @NotNull
  @Min(1990)
  @Max(2100)
  public Integer priceYear;

  @NotBlank
  @Size(max = 1000)
  @Schema(description = "Where the values come from")
  public String source;

  @NotBlank
  @Size(max = 1000)
  @Schema(description = "The terms under which the values may be used")
  public String licenceNote;

  @NotEmpty
  @Size(max = 2000)
  public List<@NotNull @Valid ProxyValueRequest> values;
}
