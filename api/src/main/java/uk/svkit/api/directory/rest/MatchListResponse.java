package uk.svkit.api.directory.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.SupportType;

@Schema(name = "MatchList")
public class MatchListResponse {
  @Schema(description = "The themes matched, the given ones plus those the measures point at")
  public List<String> themes;

  @Schema(
      description = "The support types matched, the given ones plus those the measures point at")
  public List<SupportType> supportTypes;

  public List<MatchResponse> items;
}
