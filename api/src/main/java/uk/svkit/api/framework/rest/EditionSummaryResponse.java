package uk.svkit.api.framework.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditionSummary")
public class EditionSummaryResponse {
  public String id;
  public String edition;

  @Schema(enumeration = {"SHIPPED", "DRAFT", "PUBLISHED"})
  public String status;

  public LocalDate validFrom;
  public String source;

  @Schema(
      description =
          "How complete a shipped edition is against the published counts, and what is missing;"
              + " absent for imported editions")
  public String notes;

  @Schema(description = "The organisation that imported the edition; absent for shipped editions")
  public String ownerOrganisationId;
}
