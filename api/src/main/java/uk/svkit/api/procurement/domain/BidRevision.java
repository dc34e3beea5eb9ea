package uk.svkit.api.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** One submitted revision of a bid, kept unchanged forever: the bid's history. */
@Entity
@Table(name = "prc_bid_revision")
@IdClass(BidRevision.Key.class)
public class BidRevision {
  @Id
  @Column(name = "bid_id", length = 36)
  private String bidId;

  @Id
  @Column(name = "revision")
  private int revision;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "submitted_by", length = 200)
  private String submittedBy;

  @Column(name = "price", precision = 19, scale = 2)
  private BigDecimal price;

  @Convert(converter = JsonDocuments.AnswersConverter.class)
  @Column(name = "answers", length = 4_000_000)
  private List<Answer> answers;

  protected BidRevision() {}

  BidRevision(
      String bidId,
      int revision,
      OffsetDateTime submittedAt,
      String submittedBy,
      BigDecimal price,
      List<Answer> answers) {
    this.bidId = bidId;
    this.revision = revision;
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
    this.price = price;
    this.answers = answers;
  }

  public String bidId() {
    return bidId;
  }

  public int revision() {
    return revision;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public BigDecimal price() {
    return price;
  }

  public List<Answer> answers() {
    return answers;
  }

  /** The composite key JPA needs for {@code (bid_id, revision)}. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String bidId;
    public int revision;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.revision == revision
          && Objects.equals(key.bidId, bidId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(bidId, revision);
    }
  }
}
