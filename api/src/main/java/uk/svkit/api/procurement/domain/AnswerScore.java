package uk.svkit.api.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A score given to one answer of one bid: an evaluator's own score, or the moderated final score
 * that settles a disagreement. Owned by the buyer, so the audit trail records every change of mind
 * with who made it.
 */
@Entity
@Table(name = "prc_answer_score")
public class AnswerScore extends AggregateRoot {
  public enum Kind {
    EVALUATION,
    MODERATION
  }

  /** The slot a moderation occupies: there is one final score per answer, whoever moderates. */
  public static final String FINAL_SLOT = "final";

  @Column(name = "tender_id", length = 36)
  private String tenderId;

  @Column(name = "bid_id", length = 36)
  private String bidId;

  @Column(name = "question_key", length = 20)
  private String questionKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16)
  private Kind kind;

  @Column(name = "slot", length = 200)
  private String slot;

  @Column(name = "scored_by", length = 200)
  private String scoredBy;

  @Column(name = "score")
  private int score;

  @Column(name = "comment", length = 4000)
  private String comment;

  protected AnswerScore() {}

  public AnswerScore(
      String buyerOrganisationId,
      String tenderId,
      String bidId,
      String questionKey,
      Kind kind,
      String scoredBy,
      int score,
      String comment) {
    super(null, buyerOrganisationId);
    this.tenderId = tenderId;
    this.bidId = bidId;
    this.questionKey = questionKey;
    this.kind = kind;
    this.slot = kind == Kind.MODERATION ? FINAL_SLOT : scoredBy;
    this.scoredBy = scoredBy;
    this.score = score;
    this.comment = comment;
  }

  @Override
  public String entityType() {
    return "answer-score";
  }

  public void rescore(String scoredBy, int score, String comment) {
    if (!scoredBy.equals(this.scoredBy)) {
      this.scoredBy = scoredBy;
      changed("scoredBy");
    }
    if (score != this.score) {
      this.score = score;
      changed("score");
    }
    if (!java.util.Objects.equals(comment, this.comment)) {
      this.comment = comment;
      changed("comment");
    }
  }

  public String tenderId() {
    return tenderId;
  }

  public String bidId() {
    return bidId;
  }

  public String questionKey() {
    return questionKey;
  }

  public Kind kind() {
    return kind;
  }

  public String scoredBy() {
    return scoredBy;
  }

  public int score() {
    return score;
  }

  public String comment() {
    return comment;
  }
}
