package uk.svkit.api.platform.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public class WebhookSecretRequest {
  @Min(0)
  @Max(168)
  @Schema(description = "Hours the old secret keeps signing beside the new one (default 24)")
  public Integer overlapHours;
}
