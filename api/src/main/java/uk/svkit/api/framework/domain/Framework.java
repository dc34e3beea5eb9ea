package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A measurement framework such as the PPN 06/20 Social Value Model; it has editions. */
@Entity
@Table(name = "fwk_framework")
public class Framework {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "publisher", length = 200)
  private String publisher;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "licence_note", length = 1000)
  private String licenceNote;

  protected Framework() {}

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String publisher() {
    return publisher;
  }

  public String description() {
    return description;
  }

  public String licenceNote() {
    return licenceNote;
  }
}
