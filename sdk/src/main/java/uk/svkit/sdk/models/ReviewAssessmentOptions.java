package uk.svkit.sdk.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contract manager's review of a draft assessment: the narrative and ratings that override the
 * proposed ones (each with its reason). Immutable; build with {@link #builder()}.
 */
public final class ReviewAssessmentOptions {

  /** One KPI's rating. */
  public static final class RatingOverride {
    private final String commitmentId;
    private final Rating rating;
    private final String reason;

    private RatingOverride(String commitmentId, Rating rating, String reason) {
      this.commitmentId = Objects.requireNonNull(commitmentId, "commitmentId");
      this.rating = Objects.requireNonNull(rating, "rating");
      this.reason = reason;
    }

    /**
     * Returns the KPI.
     *
     * @return the commitment id
     */
    public String getCommitmentId() {
      return commitmentId;
    }

    /**
     * Returns the rating given.
     *
     * @return the rating
     */
    public Rating getRating() {
      return rating;
    }

    /**
     * Returns why it departs from the proposal.
     *
     * @return the reason, or {@code null}
     */
    public String getReason() {
      return reason;
    }
  }

  private final String narrative;
  private final List<RatingOverride> ratings;

  private ReviewAssessmentOptions(Builder b) {
    this.narrative = b.narrative;
    this.ratings = List.copyOf(b.ratings);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the narrative, or {@code null} to keep it.
   *
   * @return the narrative
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the ratings set.
   *
   * @return an unmodifiable list
   */
  public List<RatingOverride> getRatings() {
    return ratings;
  }

  /** Builds {@link ReviewAssessmentOptions}. */
  public static final class Builder {
    private String narrative;
    private final List<RatingOverride> ratings = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the narrative (up to 10,000 characters).
     *
     * @param narrative the narrative
     * @return this builder
     */
    public Builder narrative(String narrative) {
      this.narrative = narrative;
      return this;
    }

    /**
     * Rates a KPI; a rating other than the proposed one needs the reason.
     *
     * @param commitmentId the KPI
     * @param rating the rating
     * @param reason why, or {@code null} when it is the proposed rating
     * @return this builder
     * @throws NullPointerException if {@code commitmentId} or {@code rating} is {@code null}
     */
    public Builder rate(String commitmentId, Rating rating, String reason) {
      ratings.add(new RatingOverride(commitmentId, rating, reason));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ReviewAssessmentOptions build() {
      return new ReviewAssessmentOptions(this);
    }
  }
}
