package uk.svkit.sdk.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An award application, for {@code RecognitionsClient.applyForAward}; it needs evidence for every
 * theme of the scheme. Immutable; build with {@link #builder(String, Sector)}.
 *
 * @since 0.1.0
 */
public final class ApplyForAwardOptions {

  private final String contactName;
  private final Sector sector;
  private final String placeCode;
  private final String renewalOf;
  private final List<ThemeEvidenceInput> evidence;

  private ApplyForAwardOptions(Builder b) {
    this.contactName = b.contactName;
    this.sector = b.sector;
    this.placeCode = b.placeCode;
    this.renewalOf = b.renewalOf;
    this.evidence = List.copyOf(b.evidence);
  }

  /**
   * Starts a builder.
   *
   * @param contactName the applicant's contact
   * @param sector the sector the organisation applies as
   * @return a new builder
   * @throws NullPointerException if a required argument is {@code null}
   */
  public static Builder builder(String contactName, Sector sector) {
    return new Builder(contactName, sector);
  }

  /**
   * Returns the applicant's contact.
   *
   * @return the value, or {@code null} if not set
   */
  public String getContactName() {
    return contactName;
  }

  /**
   * Returns the sector the organisation applies as.
   *
   * @return the value, or {@code null} if not set
   */
  public Sector getSector() {
    return sector;
  }

  /**
   * Returns the place, an ONS local authority code.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the id of the award being renewed.
   *
   * @return the value, or {@code null} if not set
   */
  public String getRenewalOf() {
    return renewalOf;
  }

  /**
   * Returns the evidence, one per theme.
   *
   * @return an unmodifiable list
   */
  public List<ThemeEvidenceInput> getEvidence() {
    return evidence;
  }

  /** Builder for {@link ApplyForAwardOptions}; not thread-safe. */
  public static final class Builder {

    private String contactName;
    private Sector sector;
    private String placeCode;
    private String renewalOf;
    private final List<ThemeEvidenceInput> evidence = new ArrayList<>();

    private Builder(String contactName, Sector sector) {
      this.contactName = Objects.requireNonNull(contactName, "contactName");
      this.sector = Objects.requireNonNull(sector, "sector");
    }

    /**
     * Sets the place, an ONS local authority code.
     *
     * @param placeCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = placeCode;
      return this;
    }

    /**
     * Sets the id of the award being renewed.
     *
     * @param renewalOf the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder renewalOf(String renewalOf) {
      this.renewalOf = renewalOf;
      return this;
    }

    /**
     * Adds one of the evidence, one per theme.
     *
     * @param evidence the item
     * @return this builder
     * @throws NullPointerException if {@code evidence} is {@code null}
     */
    public Builder addEvidence(ThemeEvidenceInput evidence) {
      this.evidence.add(Objects.requireNonNull(evidence, "evidence"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ApplyForAwardOptions build() {
      return new ApplyForAwardOptions(this);
    }
  }
}
