package uk.svkit.api.platform.events;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.platform.json.JsonObjects;
import uk.svkit.api.platform.json.JsonText;

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
    e.data = parseData(event.data());
    return e;
  }

  /** An event's stored data (a JSON object text) as an object. */
  public static JsonObject parseData(String data) {
    return JsonObjects.read(data);
  }

  /**
   * The exact JSON text a webhook delivery sends and signs: the members {@link #of} has, in the
   * same order, with the stored data written as it is stored. Written directly, not through JSON-B:
   * parsing the data and binding the envelope cost more than the rest of claiming a delivery.
   */
  public static String toJson(StoredEvent event) {
    StringBuilder json = new StringBuilder(event.data().length() + 384);
    json.append("{\"specversion\":\"1.0\"");
    member(json, "id", event.id());
    member(json, "source", event.source());
    member(json, "type", event.type());
    member(json, "subject", event.subject());
    member(json, "time", DateTimes.format(event.occurredAt()));
    member(json, "datacontenttype", "application/json");
    if (event.sequence() != null) {
      member(json, "sequence", Long.toString(event.sequence()));
    }
    // Written by svkit (EventRecorder) as one JSON object: safe to embed as it is.
    return json.append(",\"data\":").append(event.data()).append('}').toString();
  }

  private static void member(StringBuilder json, String name, String value) {
    JsonText.appendString(json.append(",\"").append(name).append("\":"), value);
  }
}
