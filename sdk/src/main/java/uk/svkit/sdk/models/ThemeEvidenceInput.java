package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Evidence for one theme of an award scheme, for {@link ApplyForAwardOptions}: what changed, for
 * how many stakeholders, where and when. Immutable.
 *
 * @since 0.1.0
 */
public final class ThemeEvidenceInput {

  private final String themeCode;
  private final String change;
  private final int stakeholders;
  private final String location;
  private final String period;

  private ThemeEvidenceInput(
      String themeCode, String change, int stakeholders, String location, String period) {
    this.themeCode = Objects.requireNonNull(themeCode, "themeCode");
    this.change = Objects.requireNonNull(change, "change");
    if (stakeholders < 0) {
      throw new IllegalArgumentException("stakeholders must not be negative, was " + stakeholders);
    }
    this.stakeholders = stakeholders;
    this.location = Objects.requireNonNull(location, "location");
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Creates evidence for a theme.
   *
   * @param themeCode the theme, such as {@code SOC}
   * @param change what changed
   * @param stakeholders how many stakeholders
   * @param location where in the region
   * @param period when, such as {@code 2025-26}
   * @return the evidence
   * @throws NullPointerException if a text argument is {@code null}
   * @throws IllegalArgumentException if {@code stakeholders} is negative
   */
  public static ThemeEvidenceInput of(
      String themeCode, String change, int stakeholders, String location, String period) {
    return new ThemeEvidenceInput(themeCode, change, stakeholders, location, period);
  }

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
   * Returns where.
   *
   * @return the place
   */
  public String getLocation() {
    return location;
  }

  /**
   * Returns when.
   *
   * @return the period
   */
  public String getPeriod() {
    return period;
  }
}
