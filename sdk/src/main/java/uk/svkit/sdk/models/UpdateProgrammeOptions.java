package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A revision of a programme's description and text version, for {@code
 * RecognitionsClient.updateProgramme}; the themes, pillars and principles cannot change. Immutable;
 * build with {@link #builder(String, String)}.
 *
 * @since 0.1.0
 */
public final class UpdateProgrammeOptions {

  private final String name;
  private final String programmeVersion;
  private final String administeredBy;
  private final String summary;
  private final String textUrl;
  private final LocalDate launchedOn;
  private final Integer validityMonths;

  private UpdateProgrammeOptions(Builder b) {
    this.name = b.name;
    this.programmeVersion = b.programmeVersion;
    this.administeredBy = b.administeredBy;
    this.summary = b.summary;
    this.textUrl = b.textUrl;
    this.launchedOn = b.launchedOn;
    this.validityMonths = b.validityMonths;
  }

  /**
   * Starts a builder.
   *
   * @param name the name
   * @param programmeVersion the version of the programme's text that new signatures and
   *     applications record
   * @return a new builder
   * @throws NullPointerException if a required argument is {@code null}
   */
  public static Builder builder(String name, String programmeVersion) {
    return new Builder(name, programmeVersion);
  }

  /**
   * Returns the name.
   *
   * @return the value, or {@code null} if not set
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the version of the programme's text that new signatures and applications record.
   *
   * @return the value, or {@code null} if not set
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns who runs the programme, as shown to the public (default: unchanged).
   *
   * @return the value, or {@code null} if not set
   */
  public String getAdministeredBy() {
    return administeredBy;
  }

  /**
   * Returns a summary (absent removes it).
   *
   * @return the value, or {@code null} if not set
   */
  public String getSummary() {
    return summary;
  }

  /**
   * Returns where the text is published (absent removes it).
   *
   * @return the value, or {@code null} if not set
   */
  public String getTextUrl() {
    return textUrl;
  }

  /**
   * Returns when the programme was launched (absent removes it).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getLaunchedOn() {
    return launchedOn;
  }

  /**
   * Returns for award schemes, how long awards decided from now on last, in months (default 60).
   *
   * @return the value, or {@code null} if not set
   */
  public Integer getValidityMonths() {
    return validityMonths;
  }

  /** Builder for {@link UpdateProgrammeOptions}; not thread-safe. */
  public static final class Builder {

    private String name;
    private String programmeVersion;
    private String administeredBy;
    private String summary;
    private String textUrl;
    private LocalDate launchedOn;
    private Integer validityMonths;

    private Builder(String name, String programmeVersion) {
      this.name = Objects.requireNonNull(name, "name");
      this.programmeVersion = Objects.requireNonNull(programmeVersion, "programmeVersion");
    }

    /**
     * Sets who runs the programme, as shown to the public (default: unchanged).
     *
     * @param administeredBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder administeredBy(String administeredBy) {
      this.administeredBy = administeredBy;
      return this;
    }

    /**
     * Sets a summary (absent removes it).
     *
     * @param summary the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets where the text is published (absent removes it).
     *
     * @param textUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder textUrl(String textUrl) {
      this.textUrl = textUrl;
      return this;
    }

    /**
     * Sets when the programme was launched (absent removes it).
     *
     * @param launchedOn the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder launchedOn(LocalDate launchedOn) {
      this.launchedOn = launchedOn;
      return this;
    }

    /**
     * Sets for award schemes, how long awards decided from now on last, in months (default 60).
     *
     * @param validityMonths the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder validityMonths(Integer validityMonths) {
      this.validityMonths = validityMonths;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public UpdateProgrammeOptions build() {
      return new UpdateProgrammeOptions(this);
    }
  }
}
