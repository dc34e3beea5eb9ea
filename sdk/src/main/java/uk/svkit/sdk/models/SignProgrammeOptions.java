package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A signature to record, for {@code RecognitionsClient.signProgramme}. Immutable; build with {@link
 * #builder(String, String, Sector)}.
 *
 * @since 0.1.0
 */
public final class SignProgrammeOptions {

  private final String signatoryName;
  private final String signatoryRole;
  private final Sector sector;
  private final String organisationId;
  private final LocalDate signedOn;
  private final String statement;
  private final String placeCode;
  private final List<SignatureCommitmentInput> commitments;

  private SignProgrammeOptions(Builder b) {
    this.signatoryName = b.signatoryName;
    this.signatoryRole = b.signatoryRole;
    this.sector = b.sector;
    this.organisationId = b.organisationId;
    this.signedOn = b.signedOn;
    this.statement = b.statement;
    this.placeCode = b.placeCode;
    this.commitments = List.copyOf(b.commitments);
  }

  /**
   * Starts a builder.
   *
   * @param signatoryName who signs
   * @param signatoryRole the signatory's role
   * @param sector the sector the organisation signs as
   * @return a new builder
   * @throws NullPointerException if a required argument is {@code null}
   */
  public static Builder builder(String signatoryName, String signatoryRole, Sector sector) {
    return new Builder(signatoryName, signatoryRole, sector);
  }

  /**
   * Returns who signs.
   *
   * @return the value, or {@code null} if not set
   */
  public String getSignatoryName() {
    return signatoryName;
  }

  /**
   * Returns the signatory's role.
   *
   * @return the value, or {@code null} if not set
   */
  public String getSignatoryRole() {
    return signatoryRole;
  }

  /**
   * Returns the sector the organisation signs as.
   *
   * @return the value, or {@code null} if not set
   */
  public Sector getSector() {
    return sector;
  }

  /**
   * Returns the signing organisation (default yours; a programme's administrators may name another,
   * whose confirmation it then awaits).
   *
   * @return the value, or {@code null} if not set
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the day it was signed (default today; never in the future).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getSignedOn() {
    return signedOn;
  }

  /**
   * Returns the organisation's public statement.
   *
   * @return the value, or {@code null} if not set
   */
  public String getStatement() {
    return statement;
  }

  /**
   * Returns the place, an ONS local authority code such as {@code E08000015}.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the commitments per pillar or principle (anchor framework).
   *
   * @return an unmodifiable list
   */
  public List<SignatureCommitmentInput> getCommitments() {
    return commitments;
  }

  /** Builder for {@link SignProgrammeOptions}; not thread-safe. */
  public static final class Builder {

    private String signatoryName;
    private String signatoryRole;
    private Sector sector;
    private String organisationId;
    private LocalDate signedOn;
    private String statement;
    private String placeCode;
    private final List<SignatureCommitmentInput> commitments = new ArrayList<>();

    private Builder(String signatoryName, String signatoryRole, Sector sector) {
      this.signatoryName = Objects.requireNonNull(signatoryName, "signatoryName");
      this.signatoryRole = Objects.requireNonNull(signatoryRole, "signatoryRole");
      this.sector = Objects.requireNonNull(sector, "sector");
    }

    /**
     * Sets the signing organisation (default yours; a programme's administrators may name another,
     * whose confirmation it then awaits).
     *
     * @param organisationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder organisationId(String organisationId) {
      this.organisationId = organisationId;
      return this;
    }

    /**
     * Sets the day it was signed (default today; never in the future).
     *
     * @param signedOn the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder signedOn(LocalDate signedOn) {
      this.signedOn = signedOn;
      return this;
    }

    /**
     * Sets the organisation's public statement.
     *
     * @param statement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder statement(String statement) {
      this.statement = statement;
      return this;
    }

    /**
     * Sets the place, an ONS local authority code such as {@code E08000015}.
     *
     * @param placeCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = placeCode;
      return this;
    }

    /**
     * Adds one of the commitments per pillar or principle (anchor framework).
     *
     * @param commitment the item
     * @return this builder
     * @throws NullPointerException if {@code commitment} is {@code null}
     */
    public Builder addCommitment(SignatureCommitmentInput commitment) {
      this.commitments.add(Objects.requireNonNull(commitment, "commitment"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public SignProgrammeOptions build() {
      return new SignProgrammeOptions(this);
    }
  }
}
