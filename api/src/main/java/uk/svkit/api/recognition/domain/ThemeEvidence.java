package uk.svkit.api.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An applicant's evidence for one theme: what changed, for how many stakeholders, where and when.
 */
@Embeddable
public class ThemeEvidence {
  @Column(name = "theme_code", length = 20)
  private String themeCode;

  @Column(name = "change_made", length = 4000)
  private String change;

  @Column(name = "stakeholders")
  private int stakeholders;

  @Column(name = "location", length = 300)
  private String location;

  @Column(name = "evidence_period", length = 100)
  private String period;

  protected ThemeEvidence() {}

  public ThemeEvidence(
      String themeCode, String change, int stakeholders, String location, String period) {
    this.themeCode = themeCode;
    this.change = change;
    this.stakeholders = stakeholders;
    this.location = location;
    this.period = period;
  }

  public String themeCode() {
    return themeCode;
  }

  public String change() {
    return change;
  }

  public int stakeholders() {
    return stakeholders;
  }

  public String location() {
    return location;
  }

  public String period() {
    return period;
  }
}
