package uk.svkit.api.geography.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local authority area ("place"), identified by its ONS code, e.g. E08000015 Wirral. */
@Entity
@Table(name = "dir_place")
public class Place {
  @Id
  @Column(name = "code", length = 9)
  private String code;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "kind", length = 50, nullable = false)
  private String kind;

  protected Place() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String kind() {
    return kind;
  }
}
