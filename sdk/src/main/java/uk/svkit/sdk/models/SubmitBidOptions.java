package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code TendersClient.submitBid} and {@code TendersClient.reviseBid}: the bid price and
 * one answer to every question of the tender's question set. Immutable; build with {@link
 * #builder()}:
 *
 * <pre>{@code
 * SubmitBidOptions.builder()
 *     .price(new BigDecimal("4125000.00"))
 *     .addAnswer(Answer.ofText("Q1", "We will recruit through ..."))
 *     .addAnswer(Answer.ofCommitment("Q2",
 *         Commitment.builder(new BigDecimal("6"), CommitmentPeriod.PER_YEAR).build()))
 *     .build();
 * }</pre>
 *
 * <p>A revision replaces the whole bid, so start from the current one with {@link #builder(Bid)}
 * when changing part of it. The service checks that every question is answered exactly once with a
 * value of the right type, and names problems as {@code answers[i].field}.
 */
public final class SubmitBidOptions {

  private final BigDecimal price;
  private final List<Answer> answers;

  private SubmitBidOptions(Builder b) {
    this.price = b.price;
    this.answers = List.copyOf(b.answers);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder pre-filled with the price and answers of {@code current}, to revise it.
   *
   * @param current the bid as last read
   * @return a new builder
   * @throws NullPointerException if {@code current} is {@code null}
   */
  public static Builder builder(Bid current) {
    Objects.requireNonNull(current, "current");
    Builder b = new Builder();
    b.price = current.getPrice();
    b.answers.addAll(current.getAnswers());
    return b;
  }

  /**
   * Returns the bid price.
   *
   * @return the price, in the tender's currency
   */
  public BigDecimal getPrice() {
    return price;
  }

  /**
   * Returns the answers, in the order added.
   *
   * @return an unmodifiable list
   */
  public List<Answer> getAnswers() {
    return answers;
  }

  /** Builder for {@link SubmitBidOptions}; not thread-safe. */
  public static final class Builder {

    private BigDecimal price;
    private final List<Answer> answers = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the bid price (required).
     *
     * @param price more than 0, in the tender's currency
     * @return this builder
     * @throws NullPointerException if {@code price} is {@code null}
     */
    public Builder price(BigDecimal price) {
      this.price = Objects.requireNonNull(price, "price");
      return this;
    }

    /**
     * Adds an answer, or replaces the one already given to the same question.
     *
     * @param answer the answer
     * @return this builder
     * @throws NullPointerException if {@code answer} is {@code null}
     */
    public Builder addAnswer(Answer answer) {
      Objects.requireNonNull(answer, "answer");
      for (int i = 0; i < answers.size(); i++) {
        if (Objects.equals(answers.get(i).getQuestionKey(), answer.getQuestionKey())) {
          answers.set(i, answer);
          return this;
        }
      }
      answers.add(answer);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if no price was set or no answer was added
     */
    public SubmitBidOptions build() {
      if (price == null) {
        throw new IllegalStateException(
            "price is required: call" + " SubmitBidOptions.builder().price(...)");
      }
      if (answers.isEmpty()) {
        throw new IllegalStateException(
            "answers are required: call"
                + " SubmitBidOptions.builder().addAnswer(...) for every question");
      }
      return new SubmitBidOptions(this);
    }
  }
}
