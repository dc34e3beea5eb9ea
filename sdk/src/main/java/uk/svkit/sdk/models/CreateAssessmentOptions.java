package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A new performance assessment: of a period ({@link #period(LocalDate, LocalDate)}), on termination
 * ({@link #onTermination(LocalDate, LocalDate)}), or the correction of a published one ({@link
 * #correcting(String)}).
 */
public final class CreateAssessmentOptions {
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final boolean onTermination;
  private final String supersedesAssessmentId;

  private CreateAssessmentOptions(
      LocalDate periodStart, LocalDate periodEnd, boolean onTermination, String supersedes) {
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.onTermination = onTermination;
    this.supersedesAssessmentId = supersedes;
  }

  /**
   * An assessment of a period of at most 12 months within the contract.
   *
   * @param periodStart the first day
   * @param periodEnd the last day
   * @return the options
   * @throws NullPointerException if an argument is {@code null}
   */
  public static CreateAssessmentOptions period(LocalDate periodStart, LocalDate periodEnd) {
    return new CreateAssessmentOptions(
        Objects.requireNonNull(periodStart, "periodStart"),
        Objects.requireNonNull(periodEnd, "periodEnd"),
        false,
        null);
  }

  /**
   * The assessment on termination: the period ends on the termination date.
   *
   * @param periodStart the first day
   * @param terminatedOn the termination date
   * @return the options
   * @throws NullPointerException if an argument is {@code null}
   */
  public static CreateAssessmentOptions onTermination(
      LocalDate periodStart, LocalDate terminatedOn) {
    return new CreateAssessmentOptions(
        Objects.requireNonNull(periodStart, "periodStart"),
        Objects.requireNonNull(terminatedOn, "terminatedOn"),
        true,
        null);
  }

  /**
   * The correction of a published assessment: same period; it supersedes the published one when
   * published itself.
   *
   * @param publishedAssessmentId the assessment corrected
   * @return the options
   * @throws NullPointerException if the argument is {@code null}
   */
  public static CreateAssessmentOptions correcting(String publishedAssessmentId) {
    return new CreateAssessmentOptions(
        null, null, false, Objects.requireNonNull(publishedAssessmentId, "publishedAssessmentId"));
  }

  /**
   * Returns the first day, or {@code null} for a correction.
   *
   * @return the date
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day, or {@code null} for a correction.
   *
   * @return the date
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns whether this is the assessment on termination.
   *
   * @return whether it is
   */
  public boolean isOnTermination() {
    return onTermination;
  }

  /**
   * Returns the published assessment corrected, or {@code null}.
   *
   * @return the id
   */
  public String getSupersedesAssessmentId() {
    return supersedesAssessmentId;
  }
}
