package uk.svkit.api.procurement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * A buyer's tender as far as social value is concerned: the tender itself lives in the buyer's
 * e-tendering system (named by its own id and, where published, the OCDS ocid); here it binds one
 * published question-set version, the social value weighting and the proxy set that values
 * commitments. Bids lock at the deadline.
 */
@Entity
@Table(name = "prc_tender")
public class Tender extends AggregateRoot {
  @Column(name = "buyer_tender_id", length = 100)
  private String buyerTenderId;

  @Column(name = "ocid", length = 100)
  private String ocid;

  @Column(name = "title", length = 300)
  private String title;

  @Column(name = "question_set_id", length = 36)
  private String questionSetId;

  @Column(name = "proxy_set_id", length = 36)
  private String proxySetId;

  @Column(name = "sv_weighting", precision = 5, scale = 2)
  private BigDecimal socialValueWeighting;

  @Column(name = "contract_value", precision = 19, scale = 2)
  private BigDecimal contractValue;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "deadline")
  private OffsetDateTime deadline;

  @Column(name = "awarded_bid_id", length = 36)
  private String awardedBidId;

  @Column(name = "awarded_at")
  private OffsetDateTime awardedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "prc_tender_evaluator", joinColumns = @JoinColumn(name = "tender_id"))
  @Column(name = "subject", length = 200)
  private Set<String> evaluators = new LinkedHashSet<>();

  protected Tender() {}

  public Tender(
      String buyerOrganisationId,
      String buyerTenderId,
      String ocid,
      String title,
      String questionSetId,
      String proxySetId,
      BigDecimal socialValueWeighting,
      Money contractValue,
      OffsetDateTime deadline) {
    super(null, buyerOrganisationId);
    this.buyerTenderId = buyerTenderId;
    this.ocid = ocid;
    this.title = title;
    this.questionSetId = questionSetId;
    this.proxySetId = proxySetId;
    this.socialValueWeighting = socialValueWeighting;
    this.contractValue = contractValue.amount();
    this.currency = contractValue.currency();
    this.deadline = deadline;
  }

  @Override
  public String entityType() {
    return "tender";
  }

  public TenderStatus status(OffsetDateTime now) {
    if (awardedBidId != null) {
      return TenderStatus.AWARDED;
    }
    return now.isBefore(deadline) ? TenderStatus.OPEN : TenderStatus.CLOSED;
  }

  /** Fails with 409 once the deadline has passed: bids are locked. */
  public void requireOpen(OffsetDateTime now) {
    if (status(now) != TenderStatus.OPEN) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "The tender's deadline (" + deadline + ") has passed; bids are locked.");
    }
  }

  /** Fails with 409 before the deadline: bids stay sealed until then, even to the buyer. */
  public void requireUnsealed(OffsetDateTime now) {
    if (status(now) == TenderStatus.OPEN) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Bids are sealed until the tender's deadline (" + deadline + ").");
    }
  }

  public void changeDeadline(OffsetDateTime newDeadline, OffsetDateTime now) {
    if (status(now) != TenderStatus.OPEN) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "The deadline has passed; bids are locked and it can no longer change.");
    }
    if (!newDeadline.isAfter(now)) {
      throw ProblemException.invalid("deadline", "must be in the future");
    }
    deadline = newDeadline;
    changed("deadline");
  }

  public void assignEvaluators(Set<String> subjects) {
    if (!evaluators.equals(subjects)) {
      evaluators.clear();
      evaluators.addAll(subjects);
      changed("evaluators");
    }
  }

  public boolean isEvaluator(String subject) {
    return evaluators.contains(subject);
  }

  public void award(String bidId, OffsetDateTime now) {
    if (status(now) != TenderStatus.CLOSED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Only a closed tender that has not been awarded can be awarded; this one is "
              + status(now)
              + ".");
    }
    awardedBidId = bidId;
    awardedAt = now;
    changed("awardedBidId");
  }

  public String buyerTenderId() {
    return buyerTenderId;
  }

  public String ocid() {
    return ocid;
  }

  public String title() {
    return title;
  }

  public String questionSetId() {
    return questionSetId;
  }

  public String proxySetId() {
    return proxySetId;
  }

  public BigDecimal socialValueWeighting() {
    return socialValueWeighting;
  }

  public Money contractValue() {
    return new Money(contractValue, currency);
  }

  /** The tender's currency: its contract value's, its bids' prices' and its proxy set's. */
  public String currency() {
    return currency;
  }

  public OffsetDateTime deadline() {
    return deadline;
  }

  public String awardedBidId() {
    return awardedBidId;
  }

  public OffsetDateTime awardedAt() {
    return awardedAt;
  }

  public Set<String> evaluators() {
    return Set.copyOf(evaluators);
  }
}
