package uk.svkit.api.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A supplier's response to a tender: its bid price and answers, owned by the supplier. A bid can be
 * revised until the deadline; each submission is also kept as a {@link BidRevision}.
 */
@Entity
@Table(name = "prc_bid")
public class Bid extends AggregateRoot {
  @Column(name = "tender_id", length = 36)
  private String tenderId;

  @Column(name = "revision")
  private int revision;

  @Column(name = "price", precision = 19, scale = 2)
  private BigDecimal price;

  @Convert(converter = JsonDocuments.AnswersConverter.class)
  @Column(name = "answers", length = 4_000_000)
  private List<Answer> answers;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  protected Bid() {}

  public Bid(
      String supplierOrganisationId,
      String tenderId,
      BigDecimal price,
      List<Answer> answers,
      OffsetDateTime now) {
    super(null, supplierOrganisationId);
    this.tenderId = tenderId;
    this.revision = 1;
    this.price = price;
    this.answers = List.copyOf(answers);
    this.submittedAt = now;
  }

  @Override
  public String entityType() {
    return "bid";
  }

  /** Replaces the bid with a new revision; the caller has checked the tender is still open. */
  public void revise(BigDecimal price, List<Answer> answers, OffsetDateTime now) {
    this.revision++;
    this.price = price;
    this.answers = List.copyOf(answers);
    this.submittedAt = now;
    changed("revision");
  }

  public BidRevision currentRevision(String submittedBy) {
    return new BidRevision(id(), revision, submittedAt, submittedBy, price, answers);
  }

  public String tenderId() {
    return tenderId;
  }

  public int revision() {
    return revision;
  }

  public BigDecimal price() {
    return price;
  }

  public List<Answer> answers() {
    return answers;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }
}
