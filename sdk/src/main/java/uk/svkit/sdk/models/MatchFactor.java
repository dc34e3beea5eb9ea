package uk.svkit.sdk.models;

/** One part of a match's score, with the points it gave out of its maximum and why. */
public final class MatchFactor {

  private String factor;
  private double points;
  private int max;
  private String reason;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MatchFactor() {}

  /**
   * Returns which factor this is.
   *
   * @return {@code theme}, {@code place}, {@code supportType}, {@code needSize} or {@code recency}
   *     (a newer server may add others)
   */
  public String getFactor() {
    return factor;
  }

  /**
   * Returns the points this factor gave.
   *
   * @return points, from 0 to {@link #getMax()}
   */
  public double getPoints() {
    return points;
  }

  /**
   * Returns the most points this factor can give.
   *
   * @return the maximum
   */
  public int getMax() {
    return max;
  }

  /**
   * Returns why the factor scored what it did, for showing to a user.
   *
   * @return the reason
   */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return factor + " " + points + "/" + max + " (" + reason + ")";
  }
}
