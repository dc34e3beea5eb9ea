package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;

/**
 * An svkit event in the CloudEvents 1.0 JSON format, as the event feed lists it and a webhook
 * delivers it. {@link #getType()} names the kind (such as {@code uk.svkit.return.validated}); the
 * README's event catalogue lists every type and its data.
 *
 * @since 0.1.0
 */
public final class Event {

  private String specversion;
  private String id;
  private String source;
  private String type;
  private String subject;
  private OffsetDateTime time;
  private String datacontenttype;
  private String sequence;
  private Map<String, Object> data;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Event() {}

  /**
   * Returns the CloudEvents version.
   *
   * @return {@code 1.0}
   */
  public String getSpecversion() {
    return specversion;
  }

  /**
   * Returns the event's id, also sent as the {@code webhook-id} header: the key to deduplicate on.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the source, such as {@code urn:svkit}.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the event type.
   *
   * @return the type, such as {@code uk.svkit.tender.closed}
   */
  public String getType() {
    return type;
  }

  /**
   * Returns the resource the event is about, relative to {@code /api/v1}.
   *
   * @return the subject, such as {@code tenders/<id>}
   */
  public String getSubject() {
    return subject;
  }

  /**
   * Returns when the change committed.
   *
   * @return the time
   */
  public OffsetDateTime getTime() {
    return time;
  }

  /**
   * Returns the media type of the data.
   *
   * @return {@code application/json}
   */
  public String getDatacontenttype() {
    return datacontenttype;
  }

  /**
   * Returns the event's position in commit order; pass the last one processed to {@code listEvents}
   * to resume the feed.
   *
   * @return the sequence, as a decimal string
   */
  public String getSequence() {
    return sequence;
  }

  /**
   * Returns the event's data: ids and figures as the catalogue describes for its type.
   *
   * @return the data (numbers as {@link java.math.BigDecimal}), never {@code null}
   */
  public Map<String, Object> getData() {
    return data == null ? Map.of() : Collections.unmodifiableMap(data);
  }

  @Override
  public String toString() {
    return "Event{id="
        + id
        + ", type="
        + type
        + ", subject="
        + subject
        + ", sequence="
        + sequence
        + '}';
  }
}
