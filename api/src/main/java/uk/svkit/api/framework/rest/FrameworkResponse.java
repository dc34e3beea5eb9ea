package uk.svkit.api.framework.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Framework")
public class FrameworkResponse {
  public String code;
  public String name;
  public String publisher;
  public String description;
  public String licenceNote;

  @Schema(
      description =
          "The organisation that imported the framework; absent for frameworks shipped with svkit")
  public String ownerOrganisationId;

  public List<EditionSummaryResponse> editions;
}
