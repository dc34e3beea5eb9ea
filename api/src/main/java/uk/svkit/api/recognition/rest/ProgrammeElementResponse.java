package uk.svkit.api.recognition.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ElementKind;

@Schema(name = "ProgrammeElement")
public class ProgrammeElementResponse {
  public String code;
  public ElementKind kind;
  public String title;
  public String guidance;
}
