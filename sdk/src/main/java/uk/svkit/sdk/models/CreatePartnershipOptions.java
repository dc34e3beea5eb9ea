package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Input of {@code PartnershipsClient.createPartnership}: a partnership with a VCFSE and its
 * quantified commitments on measures of one framework edition. Immutable; build with {@link
 * #builder}.
 *
 * @since 0.2.0
 */
public final class CreatePartnershipOptions {

  private final String vcfseOrganisationId;
  private final String title;
  private final String description;
  private final LocalDate startedOn;
  private final LocalDate endsOn;
  private final String frameworkCode;
  private final String edition;
  private final String proxySetId;
  private final Map<String, BigDecimal> commitments;

  private CreatePartnershipOptions(Builder b) {
    this.vcfseOrganisationId = b.vcfseOrganisationId;
    this.title = b.title;
    this.description = b.description;
    this.startedOn = b.startedOn;
    this.endsOn = b.endsOn;
    this.frameworkCode = b.frameworkCode;
    this.edition = b.edition;
    this.proxySetId = b.proxySetId;
    this.commitments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.commitments));
  }

  /**
   * Starts a builder.
   *
   * @param vcfseOrganisationId the VCFSE partner
   * @param title the partnership's title
   * @param startedOn the day it started
   * @param frameworkCode the framework whose measures the commitments use, such as {@code
   *     SVK-LOCAL}
   * @param edition the framework edition, such as {@code 1}
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(
      String vcfseOrganisationId,
      String title,
      LocalDate startedOn,
      String frameworkCode,
      String edition) {
    return new Builder(
        Objects.requireNonNull(vcfseOrganisationId, "vcfseOrganisationId"),
        Objects.requireNonNull(title, "title"),
        Objects.requireNonNull(startedOn, "startedOn"),
        Objects.requireNonNull(frameworkCode, "frameworkCode"),
        Objects.requireNonNull(edition, "edition"));
  }

  /**
   * Returns the VCFSE partner.
   *
   * @return the organisation id
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the description.
   *
   * @return the value, or {@code null} if not set
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the day it started.
   *
   * @return the date
   */
  public LocalDate getStartedOn() {
    return startedOn;
  }

  /**
   * Returns the day it ends.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getEndsOn() {
    return endsOn;
  }

  /**
   * Returns the framework code.
   *
   * @return the code
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition.
   *
   * @return the edition
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the proxy set that values the partnership.
   *
   * @return the value, or {@code null} if not set
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the commitments: target quantity by measure code, in the order added.
   *
   * @return an unmodifiable map
   */
  public Map<String, BigDecimal> getCommitments() {
    return commitments;
  }

  /** Builder for {@link CreatePartnershipOptions}; not thread-safe. */
  public static final class Builder {

    private final String vcfseOrganisationId;
    private final String title;
    private final LocalDate startedOn;
    private final String frameworkCode;
    private final String edition;
    private String description;
    private LocalDate endsOn;
    private String proxySetId;
    private final Map<String, BigDecimal> commitments = new LinkedHashMap<>();

    private Builder(
        String vcfseOrganisationId,
        String title,
        LocalDate startedOn,
        String frameworkCode,
        String edition) {
      this.vcfseOrganisationId = vcfseOrganisationId;
      this.title = title;
      this.startedOn = startedOn;
      this.frameworkCode = frameworkCode;
      this.edition = edition;
    }

    /**
     * Sets the description.
     *
     * @param description what the partnership does
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the day it ends.
     *
     * @param endsOn the last day
     * @return this builder
     */
    public Builder endsOn(LocalDate endsOn) {
      this.endsOn = endsOn;
      return this;
    }

    /**
     * Sets the proxy set (of the same framework edition) that values the partnership.
     *
     * @param proxySetId the proxy set
     * @return this builder
     */
    public Builder proxySetId(String proxySetId) {
      this.proxySetId = proxySetId;
      return this;
    }

    /**
     * Adds a commitment: a target quantity of a measure of the framework edition.
     *
     * @param measureCode the measure, such as {@code LM-VOL-01}
     * @param targetQuantity the quantity committed to
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder commitment(String measureCode, BigDecimal targetQuantity) {
      commitments.put(
          Objects.requireNonNull(measureCode, "measureCode"),
          Objects.requireNonNull(targetQuantity, "targetQuantity"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CreatePartnershipOptions build() {
      return new CreatePartnershipOptions(this);
    }
  }
}
