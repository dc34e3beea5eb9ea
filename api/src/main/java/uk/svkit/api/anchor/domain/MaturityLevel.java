package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a maturity model's scale: its value (1 upwards), label and meaning. */
@Embeddable
public class MaturityLevel {
  @Column(name = "level_value")
  private int levelValue;

  @Column(name = "label", length = 100)
  private String label;

  @Column(name = "description", length = 1000)
  private String description;

  protected MaturityLevel() {}

  public MaturityLevel(int value, String label, String description) {
    this.levelValue = value;
    this.label = label;
    this.description = description;
  }

  public int value() {
    return levelValue;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
