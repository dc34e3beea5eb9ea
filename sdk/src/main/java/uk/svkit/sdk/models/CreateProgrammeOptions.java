package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A programme to define, for {@code RecognitionsClient.createProgramme}. Immutable; build with
 * {@link #builder(String, ProgrammeKind, String, String)}.
 *
 * @since 0.1.0
 */
public final class CreateProgrammeOptions {

  private final String code;
  private final ProgrammeKind kind;
  private final String name;
  private final String programmeVersion;
  private final String administeredBy;
  private final String administeringOrganisationId;
  private final String summary;
  private final String textUrl;
  private final LocalDate launchedOn;
  private final Integer validityMonths;
  private final List<ProgrammeElementInput> elements;

  private CreateProgrammeOptions(Builder b) {
    this.code = b.code;
    this.kind = b.kind;
    this.name = b.name;
    this.programmeVersion = b.programmeVersion;
    this.administeredBy = b.administeredBy;
    this.administeringOrganisationId = b.administeringOrganisationId;
    this.summary = b.summary;
    this.textUrl = b.textUrl;
    this.launchedOn = b.launchedOn;
    this.validityMonths = b.validityMonths;
    this.elements = List.copyOf(b.elements);
  }

  /**
   * Starts a builder.
   *
   * @param code the unique code, such as {@code WRL-SV-AWARD}
   * @param kind the kind
   * @param name the name
   * @param programmeVersion the version of the programme's text, such as {@code 2026}
   * @return a new builder
   * @throws NullPointerException if a required argument is {@code null}
   */
  public static Builder builder(
      String code, ProgrammeKind kind, String name, String programmeVersion) {
    return new Builder(code, kind, name, programmeVersion);
  }

  /**
   * Returns the unique code, such as {@code WRL-SV-AWARD}.
   *
   * @return the value, or {@code null} if not set
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the kind.
   *
   * @return the value, or {@code null} if not set
   */
  public ProgrammeKind getKind() {
    return kind;
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
   * Returns the version of the programme's text, such as {@code 2026}.
   *
   * @return the value, or {@code null} if not set
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns who runs the programme, as shown to the public (default your organisation's name).
   *
   * @return the value, or {@code null} if not set
   */
  public String getAdministeredBy() {
    return administeredBy;
  }

  /**
   * Returns the id of the organisation that administers the programme.
   *
   * @return the value, or {@code null} if not set (platform admins administer it)
   */
  public String getAdministeringOrganisationId() {
    return administeringOrganisationId;
  }

  /**
   * Returns a summary.
   *
   * @return the value, or {@code null} if not set
   */
  public String getSummary() {
    return summary;
  }

  /**
   * Returns where the text is published (http or https).
   *
   * @return the value, or {@code null} if not set
   */
  public String getTextUrl() {
    return textUrl;
  }

  /**
   * Returns when the programme was launched.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getLaunchedOn() {
    return launchedOn;
  }

  /**
   * Returns for award schemes, how long an award lasts, in months (default 60).
   *
   * @return the value, or {@code null} if not set
   */
  public Integer getValidityMonths() {
    return validityMonths;
  }

  /**
   * Returns the themes (award schemes), pillars or principles, in order.
   *
   * @return an unmodifiable list
   */
  public List<ProgrammeElementInput> getElements() {
    return elements;
  }

  /** Builder for {@link CreateProgrammeOptions}; not thread-safe. */
  public static final class Builder {

    private String code;
    private ProgrammeKind kind;
    private String name;
    private String programmeVersion;
    private String administeredBy;
    private String administeringOrganisationId;
    private String summary;
    private String textUrl;
    private LocalDate launchedOn;
    private Integer validityMonths;
    private final List<ProgrammeElementInput> elements = new ArrayList<>();

    private Builder(String code, ProgrammeKind kind, String name, String programmeVersion) {
      this.code = Objects.requireNonNull(code, "code");
      this.kind = Objects.requireNonNull(kind, "kind");
      this.name = Objects.requireNonNull(name, "name");
      this.programmeVersion = Objects.requireNonNull(programmeVersion, "programmeVersion");
    }

    /**
     * Sets who runs the programme, as shown to the public (default your organisation's name).
     *
     * @param administeredBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder administeredBy(String administeredBy) {
      this.administeredBy = administeredBy;
      return this;
    }

    /**
     * Names the organisation that administers the programme (its buyer and VCFSE users revise it
     * and assign assessors). Only platform admins create programmes; without it, they administer it
     * themselves.
     *
     * @param administeringOrganisationId the organisation's id, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder administeringOrganisationId(String administeringOrganisationId) {
      this.administeringOrganisationId = administeringOrganisationId;
      return this;
    }

    /**
     * Sets a summary.
     *
     * @param summary the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets where the text is published (http or https).
     *
     * @param textUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder textUrl(String textUrl) {
      this.textUrl = textUrl;
      return this;
    }

    /**
     * Sets when the programme was launched.
     *
     * @param launchedOn the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder launchedOn(LocalDate launchedOn) {
      this.launchedOn = launchedOn;
      return this;
    }

    /**
     * Sets for award schemes, how long an award lasts, in months (default 60).
     *
     * @param validityMonths the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder validityMonths(Integer validityMonths) {
      this.validityMonths = validityMonths;
      return this;
    }

    /**
     * Adds one of the themes (award schemes), pillars or principles, in order.
     *
     * @param element the item
     * @return this builder
     * @throws NullPointerException if {@code element} is {@code null}
     */
    public Builder addElement(ProgrammeElementInput element) {
      this.elements.add(Objects.requireNonNull(element, "element"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public CreateProgrammeOptions build() {
      return new CreateProgrammeOptions(this);
    }
  }
}
