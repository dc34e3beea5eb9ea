package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeDeadlineRequest")
public class ChangeDeadlineRequest {
  @NotNull public OffsetDateTime deadline;
}
