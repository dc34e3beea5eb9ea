package uk.svkit.api.directory.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Match",
    description = "A VCFSE organisation with open needs, scored out of 100 against what is offered")
public class MatchResponse {
  public DirectoryOrganisationHitResponse organisation;
  public double score;
  public List<MatchFactorResponse> factors;

  @Schema(
      description = "Its open needs the score considered (those of a wanted support type, if any)")
  public List<NeedResponse> needs;
}
