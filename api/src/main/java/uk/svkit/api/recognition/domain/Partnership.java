package uk.svkit.api.recognition.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A partnership a business and a VCFSE run outside any contract (employee volunteering for STEM
 * workshops, say). The business records it with quantified commitments against measures of one
 * framework edition; the VCFSE confirms what was delivered ({@link PartnershipDelivery}), and the
 * confirmed quantities are kept here per commitment. It is public (on both organisations'
 * recognitions) only while both sides agree to show it; either side can withdraw its consent. The
 * business owns the record; the VCFSE reads it as the other party.
 */
@Entity
@Table(name = "rec_partnership")
public class Partnership extends AggregateRoot {
  @Column(name = "vcfse_organisation_id", length = 36, nullable = false, updatable = false)
  private String vcfseOrganisationId;

  @Column(name = "title", length = 300, nullable = false, updatable = false)
  private String title;

  @Column(name = "description", length = 4000, updatable = false)
  private String description;

  @Column(name = "started_on", nullable = false, updatable = false)
  private LocalDate startedOn;

  @Column(name = "ends_on", updatable = false)
  private LocalDate endsOn;

  @Column(name = "edition_id", length = 36, nullable = false, updatable = false)
  private String editionId;

  @Column(name = "proxy_set_id", length = 36, updatable = false)
  private String proxySetId;

  @Column(name = "business_shows", nullable = false)
  private boolean businessShows;

  @Column(name = "vcfse_shows", nullable = false)
  private boolean vcfseShows;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rec_partnership_commitment",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderBy("position")
  private List<PartnershipCommitment> commitments = new ArrayList<>();

  protected Partnership() {}

  /** What the business records. */
  public record Terms(
      String vcfseOrganisationId,
      String title,
      String description,
      LocalDate startedOn,
      LocalDate endsOn,
      String editionId,
      String proxySetId) {}

  public Partnership(
      String businessOrganisationId, Terms terms, List<PartnershipCommitment> commitments) {
    super(null, businessOrganisationId);
    this.vcfseOrganisationId = terms.vcfseOrganisationId();
    this.title = terms.title();
    this.description = terms.description();
    this.startedOn = terms.startedOn();
    this.endsOn = terms.endsOn();
    this.editionId = terms.editionId();
    this.proxySetId = terms.proxySetId();
    this.commitments = new ArrayList<>(commitments);
  }

  @Override
  public String entityType() {
    return "Partnership";
  }

  /** Which side an organisation is on, if either. */
  public Optional<PartnershipSide> sideOf(String organisationId) {
    if (organisationId == null) {
      return Optional.empty();
    }
    if (organisationId.equals(businessOrganisationId())) {
      return Optional.of(PartnershipSide.BUSINESS);
    }
    if (organisationId.equals(vcfseOrganisationId)) {
      return Optional.of(PartnershipSide.VCFSE);
    }
    return Optional.empty();
  }

  /** One side agrees to show the partnership on public recognitions, or withdraws. */
  public void showPublicly(PartnershipSide side, boolean shown) {
    if (side == PartnershipSide.BUSINESS && businessShows != shown) {
      businessShows = shown;
      changed("businessShows");
    } else if (side == PartnershipSide.VCFSE && vcfseShows != shown) {
      vcfseShows = shown;
      changed("vcfseShows");
    }
  }

  /** Public only while both sides agree. */
  public boolean isPublic() {
    return businessShows && vcfseShows;
  }

  /** Whether the partnership runs on a day (started, not yet ended). */
  public boolean isActiveOn(LocalDate day) {
    return !startedOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
  }

  public Optional<PartnershipCommitment> commitmentFor(String measureCode) {
    return commitments.stream().filter(c -> c.measureCode().equals(measureCode)).findFirst();
  }

  /** Counts a quantity the VCFSE confirmed towards the commitment on its measure. */
  public void countConfirmed(String measureCode, BigDecimal quantity) {
    // Replaced rather than changed in place, so the provider sees the collection change.
    for (int i = 0; i < commitments.size(); i++) {
      PartnershipCommitment c = commitments.get(i);
      if (c.measureCode().equals(measureCode)) {
        commitments.set(i, c.withConfirmed(c.confirmedQuantity().add(quantity)));
        changed("commitments");
        return;
      }
    }
    throw new IllegalArgumentException("No commitment on " + measureCode);
  }

  public String businessOrganisationId() {
    return ownerOrganisationId();
  }

  public String vcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String editionId() {
    return editionId;
  }

  public String proxySetId() {
    return proxySetId;
  }

  public boolean businessShows() {
    return businessShows;
  }

  public boolean vcfseShows() {
    return vcfseShows;
  }

  public List<PartnershipCommitment> commitments() {
    return List.copyOf(commitments);
  }
}
