package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A term of the managed theme taxonomy VCFSE profiles are classified by (shipped by migration). */
@Entity
@Table(name = "dir_theme")
public class Theme {
  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "label", length = 100, nullable = false)
  private String label;

  @Column(name = "position", nullable = false)
  private int position;

  protected Theme() {}

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public int position() {
    return position;
  }
}
