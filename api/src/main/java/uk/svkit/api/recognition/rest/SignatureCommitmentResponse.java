package uk.svkit.api.recognition.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignatureCommitment")
public class SignatureCommitmentResponse {
  public String elementCode;
  public String elementTitle;
  public String commitment;
  public String indicatorCode;
}
