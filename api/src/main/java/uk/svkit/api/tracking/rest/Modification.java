package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ContractModification;

@Schema(name = "ContractModification")
public class Modification {
  public String id;
  public String contractId;

  @Schema(description = "1 for the contract's first modification, then 2, 3, ...")
  public int sequenceNumber;

  public ContractModification.Kind kind;
  public String reason;
  public LocalDate effectiveOn;
  public String madeBy;
  public OffsetDateTime madeAt;
  public List<ContractModificationChangeResponse> changes;

  @Schema(
      description =
          "The contract's version (its ETag) after the modification; only on the response that made it")
  public Long contractVersion;
}
