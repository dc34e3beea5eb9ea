package uk.svkit.api.platform.events;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.json.DateTimes;

/**
 * An event in the CloudEvents 1.0 JSON format (structured mode), as the feed lists it and a webhook
 * delivers it. {@code sequence} is the CloudEvents sequence extension: the event's position in
 * commit order, which the feed's {@code after} takes.
 */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event in structured JSON mode")
@JsonbPropertyOrder({
  "specversion",
  "id",
  "source",
  "type",
  "subject",
  "time",
  "datacontenttype",
  "sequence",
  "data"
})
public class CloudEvent {
  @Schema(example = "1.0")
  public String specversion = "1.0";

  public String id;

  @Schema(example = "urn:svkit")
  public String source;

  @Schema(example = "uk.svkit.return.validated")
  public String type;

  @Schema(
      description = "The resource the event is about, relative to /api/v1",
      example = "contracts/1b0e.../returns/77c1...")
  public String subject;

  @Schema(description = "When the change committed (RFC 3339)")
  public String time;

  @Schema(example = "application/json")
  public String datacontenttype = "application/json";

  @Schema(description = "Position in commit order, as a decimal string; the feed's after=")
  public String sequence;

  @Schema(type = SchemaType.OBJECT, description = "The event's data; see the event catalogue")
  public JsonObject data;

  public static CloudEvent of(StoredEvent event) {
    CloudEvent e = new CloudEvent();
    e.id = event.id();
    e.source = event.source();
    e.type = event.type();
    e.subject = event.subject();
    e.time = DateTimes.format(event.occurredAt());
    e.sequence = event.sequence() == null ? null : Long.toString(event.sequence());
    try (var reader = jakarta.json.Json.createReader(new StringReader(event.data()))) {
      e.data = reader.readObject();
    }
    return e;
  }

  /** The exact JSON text a webhook delivery sends and signs. */
  public String toJson() {
    return DateTimes.JSONB.toJson(this);
  }
}
