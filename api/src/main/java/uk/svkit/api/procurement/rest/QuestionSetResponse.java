package uk.svkit.api.procurement.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.QuestionSetStatus;

@Schema(name = "QuestionSet")
public class QuestionSetResponse {
  public String id;

  @Schema(description = "The id of version 1; every version of the set shares it")
  public String seriesId;

  public int versionNumber;
  public QuestionSetStatus status;
  public String title;
  public String description;
  public String frameworkCode;
  public String edition;
  public List<QuestionResponse> questions;
  public OffsetDateTime publishedAt;
  public OffsetDateTime retiredAt;

  @Schema(description = "Organisations the set is shared with (read-only); shown to the owner only")
  public List<String> sharedWith;

  public String ownerOrganisationId;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
  public long version;
}
