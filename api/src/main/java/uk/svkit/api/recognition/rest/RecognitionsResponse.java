package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recognitions")
public class RecognitionsResponse {
  public String organisationId;
  public String organisationName;
  public String organisationIdentifier;

  @Schema(description = "The day the recognitions hold on")
  public LocalDate asOf;

  public List<RecognitionResponse> items;

  @Schema(description = "Partnerships with VCFSEs (or businesses) that both sides agreed to show")
  public List<PublicPartnershipResponse> partnerships;
}
