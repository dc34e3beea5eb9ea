package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;

/**
 * A VCFSE's whole profile for {@code DirectoryClient.saveProfile}; what is not set is cleared.
 * Immutable; built with {@link #builder()}.
 */
public final class SaveVcfseProfileOptions {

  private final LegalForm legalForm;
  private final String description;
  private final String website;
  private final IncomeBand incomeBand;
  private final List<String> themes;
  private final List<String> beneficiaryGroups;
  private final List<String> placesServed;
  private final String basePostcode;
  private final boolean exactLocationPublic;
  private final List<VcfseContactInput> contacts;

  private SaveVcfseProfileOptions(Builder b) {
    this.legalForm = b.legalForm;
    this.description = b.description;
    this.website = b.website;
    this.incomeBand = b.incomeBand;
    this.themes = (b.themes == null ? null : List.copyOf(b.themes));
    this.beneficiaryGroups =
        (b.beneficiaryGroups == null ? null : List.copyOf(b.beneficiaryGroups));
    this.placesServed = (b.placesServed == null ? null : List.copyOf(b.placesServed));
    this.basePostcode = b.basePostcode;
    this.exactLocationPublic = b.exactLocationPublic;
    this.contacts = (b.contacts == null ? null : List.copyOf(b.contacts));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the legal form (required).
   *
   * @return the value, or {@code null} if not set
   */
  public LegalForm getLegalForm() {
    return legalForm;
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
   * Returns the website (an http(s) URL).
   *
   * @return the value, or {@code null} if not set
   */
  public String getWebsite() {
    return website;
  }

  /**
   * Returns the income band.
   *
   * @return the value, or {@code null} if not set
   */
  public IncomeBand getIncomeBand() {
    return incomeBand;
  }

  /**
   * Returns the theme codes (from {@code listThemes}).
   *
   * @return the value, or {@code null} if not set
   */
  public List<String> getThemes() {
    return themes;
  }

  /**
   * Returns the beneficiary groups.
   *
   * @return the value, or {@code null} if not set
   */
  public List<String> getBeneficiaryGroups() {
    return beneficiaryGroups;
  }

  /**
   * Returns the ONS codes of the places served.
   *
   * @return the value, or {@code null} if not set
   */
  public List<String> getPlacesServed() {
    return placesServed;
  }

  /**
   * Returns the base postcode or district (unknown is a 422).
   *
   * @return the value, or {@code null} if not set
   */
  public String getBasePostcode() {
    return basePostcode;
  }

  /**
   * Returns whether the base is published at its exact point rather than its postcode district.
   *
   * @return the value; {@code false} unless set
   * @since 0.1.0
   */
  public boolean isExactLocationPublic() {
    return exactLocationPublic;
  }

  /**
   * Returns the contacts.
   *
   * @return the value, or {@code null} if not set
   */
  public List<VcfseContactInput> getContacts() {
    return contacts;
  }

  /** Builder for {@link SaveVcfseProfileOptions}; not thread-safe. */
  public static final class Builder {

    private LegalForm legalForm;
    private String description;
    private String website;
    private IncomeBand incomeBand;
    private List<String> themes;
    private List<String> beneficiaryGroups;
    private List<String> placesServed;
    private String basePostcode;
    private boolean exactLocationPublic;
    private List<VcfseContactInput> contacts;

    private Builder() {}

    /**
     * Sets the legal form (required).
     *
     * @param legalForm the value
     * @return this builder
     * @throws NullPointerException if {@code legalForm} (or an element) is {@code null}
     */
    public Builder legalForm(LegalForm legalForm) {
      this.legalForm = Objects.requireNonNull(legalForm, "legalForm");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} (or an element) is {@code null}
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the website (an http(s) URL).
     *
     * @param website the value
     * @return this builder
     * @throws NullPointerException if {@code website} (or an element) is {@code null}
     */
    public Builder website(String website) {
      this.website = Objects.requireNonNull(website, "website");
      return this;
    }

    /**
     * Sets the income band.
     *
     * @param incomeBand the value
     * @return this builder
     * @throws NullPointerException if {@code incomeBand} (or an element) is {@code null}
     */
    public Builder incomeBand(IncomeBand incomeBand) {
      this.incomeBand = Objects.requireNonNull(incomeBand, "incomeBand");
      return this;
    }

    /**
     * Sets the theme codes (from {@code listThemes}).
     *
     * @param themes the value
     * @return this builder
     * @throws NullPointerException if {@code themes} (or an element) is {@code null}
     */
    public Builder themes(List<String> themes) {
      this.themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
      return this;
    }

    /**
     * Sets the beneficiary groups.
     *
     * @param beneficiaryGroups the value
     * @return this builder
     * @throws NullPointerException if {@code beneficiaryGroups} (or an element) is {@code null}
     */
    public Builder beneficiaryGroups(List<String> beneficiaryGroups) {
      this.beneficiaryGroups =
          List.copyOf(Objects.requireNonNull(beneficiaryGroups, "beneficiaryGroups"));
      return this;
    }

    /**
     * Sets the ONS codes of the places served.
     *
     * @param placesServed the value
     * @return this builder
     * @throws NullPointerException if {@code placesServed} (or an element) is {@code null}
     */
    public Builder placesServed(List<String> placesServed) {
      this.placesServed = List.copyOf(Objects.requireNonNull(placesServed, "placesServed"));
      return this;
    }

    /**
     * Sets the base postcode or district (unknown is a 422).
     *
     * @param basePostcode the value
     * @return this builder
     * @throws NullPointerException if {@code basePostcode} (or an element) is {@code null}
     */
    public Builder basePostcode(String basePostcode) {
      this.basePostcode = Objects.requireNonNull(basePostcode, "basePostcode");
      return this;
    }

    /**
     * Publishes the base at its exact point (premises open to the public). By default the public
     * sees only the postcode district, and searches and distances use the district's centroid; the
     * full postcode is shown to those who may see the contacts.
     *
     * @param exactLocationPublic whether to publish the exact point
     * @return this builder
     * @since 0.1.0
     */
    public Builder exactLocationPublic(boolean exactLocationPublic) {
      this.exactLocationPublic = exactLocationPublic;
      return this;
    }

    /**
     * Sets the contacts.
     *
     * @param contacts the value
     * @return this builder
     * @throws NullPointerException if {@code contacts} (or an element) is {@code null}
     */
    public Builder contacts(List<VcfseContactInput> contacts) {
      this.contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public SaveVcfseProfileOptions build() {
      return new SaveVcfseProfileOptions(this);
    }
  }
}
