package uk.svkit.api.recognition.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeEvidence")
public class ThemeEvidenceResponse {
  public String themeCode;
  public String change;
  public int stakeholders;
  public String location;
  public String period;
}
