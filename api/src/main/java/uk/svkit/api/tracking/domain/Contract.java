package uk.svkit.api.tracking.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A public contract as far as social value is concerned: the buyer (owner), the supplier, value and
 * dates, the places it serves, and its commitments (KPIs) on one framework edition. Created
 * directly by a contract-management system or from an awarded bid.
 */
@Entity
@Table(name = "trk_contract")
public class Contract extends AggregateRoot {
  /** Procurement Act 2023 s.52: contracts above this value need at least {@link #MIN_KPIS} KPIs. */
  public static final BigDecimal KPI_THRESHOLD = new BigDecimal("5000000");

  public static final int MIN_KPIS = 3;

  @Column(name = "supplier_organisation_id", length = 36)
  private String supplierOrganisationId;

  @Column(name = "buyer_contract_id", length = 100)
  private String buyerContractId;

  @Column(name = "ocid", length = 100)
  private String ocid;

  @Column(name = "title", length = 300)
  private String title;

  @Column(name = "contract_value", precision = 19, scale = 2)
  private BigDecimal value;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "edition_id", length = 36)
  private String editionId;

  @Column(name = "proxy_set_id", length = 36)
  private String proxySetId;

  @Column(name = "source_tender_id", length = 36)
  private String sourceTenderId;

  @Column(name = "source_bid_id", length = 36)
  private String sourceBidId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "trk_contract_place", joinColumns = @JoinColumn(name = "contract_id"))
  @Column(name = "place_code", length = 9)
  private Set<String> placesServed = new LinkedHashSet<>();

  @OneToMany(
      mappedBy = "contract",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Commitment> commitments = new ArrayList<>();

  @Column(name = "status", length = 16)
  private String status = ACTIVE;

  @Column(name = "terminated_on")
  private LocalDate terminatedOn;

  @Column(name = "termination_reason", length = 2000)
  private String terminationReason;

  private static final String ACTIVE = "ACTIVE";
  private static final String TERMINATED = "TERMINATED";

  protected Contract() {}

  /** What a contract is made of; checked by the service before construction. */
  public record Terms(
      String supplierOrganisationId,
      String buyerContractId,
      String ocid,
      String title,
      Money value,
      LocalDate startDate,
      LocalDate endDate,
      Set<String> placesServed,
      String editionId,
      String proxySetId,
      String sourceTenderId,
      String sourceBidId) {}

  public Contract(String buyerOrganisationId, Terms terms, List<Commitment> commitments) {
    super(null, buyerOrganisationId);
    this.supplierOrganisationId = terms.supplierOrganisationId();
    this.buyerContractId = terms.buyerContractId();
    this.ocid = terms.ocid();
    this.title = terms.title();
    this.value = terms.value().amount();
    this.currency = terms.value().currency();
    this.startDate = terms.startDate();
    this.endDate = terms.endDate();
    this.placesServed.addAll(terms.placesServed());
    this.editionId = terms.editionId();
    this.proxySetId = terms.proxySetId();
    this.sourceTenderId = terms.sourceTenderId();
    this.sourceBidId = terms.sourceBidId();
    commitments.forEach(c -> c.attachTo(this));
    this.commitments.addAll(commitments);
  }

  @Override
  public String entityType() {
    return "contract";
  }

  /**
   * Whether the Procurement Act asks a contract of this value for KPIs (more than 5m; the amount is
   * compared whatever the currency, as it always has been).
   */
  public static boolean needsKpis(Money value) {
    return value.amount().compareTo(KPI_THRESHOLD) > 0;
  }

  public boolean kpiRequired() {
    return needsKpis(value());
  }

  /** Contract length in whole months, which per-year and per-quarter targets are scaled by. */
  public long months() {
    return months(startDate, endDate);
  }

  static long months(LocalDate startDate, LocalDate endDate) {
    return Math.max(1, ChronoUnit.MONTHS.between(startDate, endDate.plusDays(1)));
  }

  public long days() {
    return days(startDate, endDate);
  }

  static long days(LocalDate startDate, LocalDate endDate) {
    return ChronoUnit.DAYS.between(startDate, endDate) + 1;
  }

  public Optional<Commitment> commitment(String commitmentId) {
    return commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst();
  }

  /** The proxy set a commitment is valued with: its own, or the contract's. */
  public String proxySetFor(Commitment commitment) {
    return proxySetFor(commitment.proxySetId(), proxySetId);
  }

  /** The proxy set a KPI with {@code own} set (or null) is valued with on a contract's. */
  public static String proxySetFor(String own, String contractProxySetId) {
    return own != null ? own : contractProxySetId;
  }

  public String supplierOrganisationId() {
    return supplierOrganisationId;
  }

  public String buyerContractId() {
    return buyerContractId;
  }

  public String ocid() {
    return ocid;
  }

  public String title() {
    return title;
  }

  public Money value() {
    return new Money(value, currency);
  }

  /** The contract's currency: its value's, and every proxy set valuing its KPIs is in it. */
  public String currency() {
    return currency;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public String editionId() {
    return editionId;
  }

  public String proxySetId() {
    return proxySetId;
  }

  public String sourceTenderId() {
    return sourceTenderId;
  }

  public String sourceBidId() {
    return sourceBidId;
  }

  public Set<String> placesServed() {
    return Set.copyOf(placesServed);
  }

  public List<Commitment> commitments() {
    return List.copyOf(commitments);
  }

  // ---- changes after award (Procurement Act 2023 s.74 modifications, s.78 termination) -------

  public boolean terminated() {
    return TERMINATED.equals(status);
  }

  /** The termination date, or null while the contract runs. */
  public LocalDate terminatedOn() {
    return terminatedOn;
  }

  public String terminationReason() {
    return terminationReason;
  }

  /** The last day of the contract: the termination date if terminated, else its end date. */
  public LocalDate lastDay() {
    return lastDay(endDate, terminatedOn);
  }

  static LocalDate lastDay(LocalDate endDate, LocalDate terminatedOn) {
    return terminatedOn != null && terminatedOn.isBefore(endDate) ? terminatedOn : endDate;
  }

  /** KPIs still in force (not retired), in their order. */
  public List<Commitment> activeCommitments() {
    return commitments.stream().filter(c -> !c.retired()).toList();
  }

  /**
   * Why a return for {@code periodStart} cannot be accepted any more, if it cannot: the contract
   * was terminated or the KPI retired before that period began.
   */
  public Optional<String> refusesReturnFor(Commitment commitment, LocalDate periodStart) {
    if (terminatedOn != null && periodStart.isAfter(terminatedOn)) {
      return Optional.of(
          "the contract was terminated on " + terminatedOn + "; no returns after that date");
    }
    if (commitment.retiredOn() != null && !periodStart.isBefore(commitment.retiredOn())) {
      return Optional.of("the KPI was retired on " + commitment.retiredOn());
    }
    return Optional.empty();
  }

  /** A new value, in the contract's currency. */
  public void changeValue(Money newValue) {
    if (!newValue.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "The contract is in " + currency + "; its value cannot become " + newValue);
    }
    this.value = newValue.amount();
    changed("value");
  }

  public void changeEndDate(LocalDate newEnd) {
    this.endDate = newEnd;
    changed("endDate");
  }

  /** Adds a KPI agreed by a variation, in force from {@code from}. */
  public Commitment addCommitment(Commitment commitment, LocalDate from) {
    commitment.attachTo(this);
    commitment.startOn(from);
    commitments.add(commitment);
    changed("commitments");
    return commitment;
  }

  public void retarget(
      Commitment commitment, LocalDate from, BigDecimal quantity, TargetPeriod period) {
    commitment.retarget(from, quantity, period);
    changed("commitments");
  }

  public void retire(Commitment commitment, LocalDate on) {
    commitment.retire(on);
    commitment.markMostMaterial(false);
    changed("commitments");
  }

  /** Marks exactly the given KPIs as the most material ones (the rest are not). */
  public void markMostMaterial(Set<String> commitmentIds) {
    commitments.forEach(c -> c.markMostMaterial(commitmentIds.contains(c.id())));
    changed("commitments.mostMaterial");
  }

  public void terminate(LocalDate on, String reason) {
    this.status = TERMINATED;
    this.terminatedOn = on;
    this.terminationReason = reason;
    changed("status");
    changed("terminatedOn");
  }
}
