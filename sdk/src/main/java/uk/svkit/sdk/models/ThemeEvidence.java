package uk.svkit.sdk.models;

/**
 * An applicant's evidence for one theme of an award scheme.
 *
 * @since 0.1.0
 */
public final class ThemeEvidence {

  private String themeCode;
  private String change;
  private int stakeholders;
  private String location;
  private String period;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ThemeEvidence() {}

  /**
   * Returns the theme.
   *
   * @return its code
   */
  public String getThemeCode() {
    return themeCode;
  }

  /**
   * Returns what changed.
   *
   * @return the text
   */
  public String getChange() {
    return change;
  }

  /**
   * Returns how many stakeholders.
   *
   * @return the number
   */
  public int getStakeholders() {
    return stakeholders;
  }

  /**
   * Returns where in the region.
   *
   * @return the place
   */
  public String getLocation() {
    return location;
  }

  /**
   * Returns when.
   *
   * @return the period, such as {@code 2025-26}
   */
  public String getPeriod() {
    return period;
  }
}
