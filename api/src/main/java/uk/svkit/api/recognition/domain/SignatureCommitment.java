package uk.svkit.api.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an anchor signatory commits to under one pillar or principle, optionally linked to the KPI
 * tracking indicator (a framework measure code, e.g. LM-SUP-01 local supply-chain spend) that shows
 * progress on it, so the anchor dashboard can join them.
 */
@Embeddable
public class SignatureCommitment {
  @Column(name = "position")
  private int position;

  @Column(name = "element_code", length = 20)
  private String elementCode;

  @Column(name = "commitment", length = 2000)
  private String commitment;

  @Column(name = "indicator_code", length = 40)
  private String indicatorCode;

  protected SignatureCommitment() {}

  public SignatureCommitment(
      int position, String elementCode, String commitment, String indicatorCode) {
    this.position = position;
    this.elementCode = elementCode;
    this.commitment = commitment;
    this.indicatorCode = indicatorCode;
  }

  public int position() {
    return position;
  }

  public String elementCode() {
    return elementCode;
  }

  public String commitment() {
    return commitment;
  }

  public String indicatorCode() {
    return indicatorCode;
  }
}
