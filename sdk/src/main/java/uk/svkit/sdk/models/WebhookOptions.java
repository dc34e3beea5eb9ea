package uk.svkit.sdk.models;

import java.util.List;
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

  private WebhookOptions(Builder b) {
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

  /** Builder for {@link WebhookOptions}; not thread-safe. */
  public static final class Builder {
    private String url;
    private List<String> eventTypes = List.of();
    private String description;

    private Builder() {}

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
