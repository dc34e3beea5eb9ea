package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.EvidenceRef;

@Schema(name = "EvidenceRef")
public class EvidenceRefRequest {
  @NotNull public EvidenceRef.Kind kind;

  @NotBlank
  @Size(max = 2000)
  @Schema(description = "A URL, or the id of a document in your document store")
  public String reference;

  @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256")
  @Schema(description = "Required for documents")
  public String sha256;

  @Size(max = 500)
  public String description;
}
