package uk.svkit.sdk.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a webhook subscription is: the receiver URL, the event types and a description. Used to
 * create and to replace one.
 *
 * @since 0.1.0
 */
public final class WebhookOptions {

  private final String url;
  private final List<String> eventTypes;
  private final String description;
  private final Map<String, List<String>> filters;

  private WebhookOptions(Builder b) {
    this.filters = Map.copyOf(b.filters);
    this.url = Objects.requireNonNull(b.url, "url");
    this.eventTypes = List.copyOf(b.eventTypes);
    this.description = b.description;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the receiver URL.
   *
   * @return the URL
   */
  public String getUrl() {
    return url;
  }

  /**
   * Returns the event types.
   *
   * @return the types
   */
  public List<String> getEventTypes() {
    return eventTypes;
  }

  /**
   * Returns the description.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the filters on event data.
   *
   * @return data field name to allowed values; empty for none
   */
  public Map<String, List<String>> getFilters() {
    return filters;
  }

  /** Builder for {@link WebhookOptions}; not thread-safe. */
  public static final class Builder {
    private String url;
    private List<String> eventTypes = List.of();
    private String description;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Delivers only events whose data field {@code field} holds one of {@code values} (such as
     * {@code filter("placeCode", List.of("E08000015"))} for needs in Wirral). An event without the
     * field does not pass.
     *
     * @param field the data field, such as {@code placeCode} or {@code supportType}
     * @param values the values accepted
     * @return this builder
     */
    public Builder filter(String field, List<String> values) {
      filters.put(Objects.requireNonNull(field, "field"), List.copyOf(values));
      return this;
    }

    /**
     * Sets the HTTPS URL that receives events.
     *
     * @param url the URL
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the event types, such as {@code uk.svkit.return.overdue}.
     *
     * @param eventTypes the types
     * @return this builder
     */
    public Builder eventTypes(List<String> eventTypes) {
      this.eventTypes = List.copyOf(eventTypes);
      return this;
    }

    /**
     * Sets a description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws NullPointerException if no URL was set
     */
    public WebhookOptions build() {
      return new WebhookOptions(this);
    }
  }
}
