package uk.svkit.api.framework.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ImportFrameworkEditionRequest",
    description =
        "A framework edition of the caller's organisation, published as it is imported. The framework's details"
            + " (name, publisher, description, licence note) are taken from the import that creates the framework; later"
            + " editions must repeat its name.")
public class ImportFrameworkEditionRequest {
  private static final String EDITION = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

  private static final String EDITION_MESSAGE =
      "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit";

  @NotNull
  @Pattern(regexp = FrameworkPatterns.CODE, message = FrameworkPatterns.CODE_MESSAGE)
  @Schema(description = "Unique across the library, e.g. WIRRAL-SV")
  public String frameworkCode;

  @NotBlank
  @Size(max = 200)
  public String frameworkName;

  @Size(max = 200)
  public String publisher;

  @Size(max = 2000)
  public String description;

  @Size(max = 1000)
  public String licenceNote;

  @NotNull
  @Pattern(regexp = EDITION, message = EDITION_MESSAGE)
  @Schema(description = "Unique within the framework, e.g. 2026-04")
  public String edition;

  @Schema(description = "First day the edition applies")
  public LocalDate validFrom;

  @NotBlank
  @Size(max = 1000)
  @Schema(description = "Where the edition's content comes from")
  public String source;

  @NotEmpty
  @Size(max = 2000)
  @Schema(
      description =
          "The tree, flat: each element names its parent by code (parents may come after children)")
  public List<@NotNull @Valid ImportFrameworkElementRequest> elements;

  @Size(max = 2000)
  public List<@NotNull @Valid ImportMeasureRequest> measures;
}
