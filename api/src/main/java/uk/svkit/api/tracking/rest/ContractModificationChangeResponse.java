package uk.svkit.api.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ContractModification;

@Schema(name = "ContractModificationChange")
public class ContractModificationChangeResponse {
  public ContractModification.ChangeType type;
  public String commitmentId;
  public String from;
  public String to;
}
