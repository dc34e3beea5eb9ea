package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A partnership a business and a VCFSE run outside any contract, with quantified commitments, the
 * delivery the VCFSE confirmed, its value and each side's consent to show it publicly.
 *
 * @since 0.2.0
 */
public final class Partnership {

  private String id;
  private String businessOrganisationId;
  private String businessName;
  private String vcfseOrganisationId;
  private String vcfseName;
  private String title;
  private String description;
  private LocalDate startedOn;
  private LocalDate endsOn;
  private String frameworkCode;
  private String edition;
  private List<PartnershipCommitment> commitments;
  private PartnershipValue value;
  private boolean businessShows;
  private boolean vcfseShows;
  private boolean shownPublicly;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Partnership() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the business (which recorded it).
   *
   * @return the value, or {@code null} if absent
   */
  public String getBusinessOrganisationId() {
    return businessOrganisationId;
  }

  /**
   * Returns the business's name.
   *
   * @return the value, or {@code null} if absent
   */
  public String getBusinessName() {
    return businessName;
  }

  /**
   * Returns the VCFSE partner.
   *
   * @return the value, or {@code null} if absent
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the VCFSE's name.
   *
   * @return the value, or {@code null} if absent
   */
  public String getVcfseName() {
    return vcfseName;
  }

  /**
   * Returns the title.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the description.
   *
   * @return the value, or {@code null} if absent
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
   * @return the date, or {@code null} while it runs on
   */
  public LocalDate getEndsOn() {
    return endsOn;
  }

  /**
   * Returns the framework of the commitments' measures.
   *
   * @return the value, or {@code null} if absent
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition.
   *
   * @return the value, or {@code null} if absent
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the commitments.
   *
   * @return an unmodifiable list
   */
  public List<PartnershipCommitment> getCommitments() {
    return ModelLists.copy(commitments);
  }

  /**
   * Returns the £ value.
   *
   * @return the value, or {@code null} when the partnership names no proxy set
   */
  public PartnershipValue getValue() {
    return value;
  }

  /**
   * Returns whether the business agrees to show it on public recognitions.
   *
   * @return {@code true} if it agrees
   */
  public boolean isBusinessShows() {
    return businessShows;
  }

  /**
   * Returns whether the VCFSE agrees to show it on public recognitions.
   *
   * @return {@code true} if it agrees
   */
  public boolean isVcfseShows() {
    return vcfseShows;
  }

  /**
   * Returns whether both sides agree, so it shows on both organisations' recognitions.
   *
   * @return {@code true} if public
   */
  public boolean isShownPublicly() {
    return shownPublicly;
  }

  /**
   * Returns when it was recorded.
   *
   * @return the instant
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when it last changed.
   *
   * @return the instant
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on changes.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "Partnership{"
        + "id="
        + id
        + ", "
        + "title="
        + title
        + ", "
        + "shownPublicly="
        + shownPublicly
        + '}';
  }
}
