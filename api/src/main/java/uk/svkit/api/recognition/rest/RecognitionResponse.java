package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ProgrammeKind;

@Schema(name = "Recognition")
public class RecognitionResponse {
  @Schema(enumeration = {"SIGNATURE", "AWARD"})
  public String type;

  public String programmeId;
  public String programmeCode;
  public String programmeName;
  public ProgrammeKind programmeKind;

  @Schema(description = "The programme version signed or awarded")
  public String programmeVersion;

  public String administeredBy;

  @Schema(description = "The day it was signed or awarded")
  public LocalDate since;

  @Schema(description = "Awards: the first day it is no longer current; absent for signatures")
  public LocalDate expiresOn;

  public String signatoryName;
  public String signatoryRole;

  @Schema(description = "The id of the signature or award")
  public String sourceId;

  @Schema(description = "Where the record can be read, without a token")
  public String source;
}
