package uk.svkit.api.platform.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public class WebhookRequest {
  @NotBlank
  @Size(max = 2000)
  @Schema(
      description = "HTTPS URL that receives POSTed events",
      example = "https://cms.example/svkit")
  public String url;

  @NotNull
  @NotEmpty
  @Size(max = 30)
  @Schema(description = "Event types to receive (see the event catalogue)")
  public List<@NotBlank @Size(max = 100) String> eventTypes;

  @Schema(
      description =
          "Only events whose data field holds one of the values, per field; e.g. needs near you:"
              + " {\"placeCode\":[\"E08000015\"]}")
  public Map<String, List<String>> filters;

  @Size(max = 500)
  public String description;
}
